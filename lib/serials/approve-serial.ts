// QA approval: a unit that has passed its stages enters stock at a storage unit
// (a production-output ledger entry of one unit on its own batch).
import { z } from 'zod';
import { resolveTargets } from '../inventory/resolve';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { stagesOf } from './lock-serial';
import { notWhile, serialCommon, transitionRequest } from './serial-input';
import { receiveUnit } from './serial-stock';
import { transitionSerial } from './serial-transition';
import { assertReadyForApproval } from './stage-rules';

export const approveSerialSchema = z.object({ ...serialCommon, location: z.string({ message: 'Choose a storage unit.' }).trim().min(1, 'Choose a storage unit.').max(64) });

export async function approveSerial(actor: Actor, input: unknown) {
  requirePermission(actor, 'serials.manage');
  const data = parseInput(approveSerialSchema, input);
  return transitionSerial(actor, data.serial, transitionRequest('approved', data), async (client, unit) => {
    if (unit.status !== 'IN_PRODUCTION') throw notWhile(unit.serial, unit.status, 'only a unit in production can be approved into stock.');
    assertReadyForApproval(await stagesOf(client, unit.itemId), unit.stage);
    const { locations: [to] } = await resolveTargets(actor, unit.sku, [{ code: data.location, field: 'location' }]);
    const posted = await receiveUnit(client, actor, unit, { locationId: to.id, code: to.code }, 'PRODUCTION_OUTPUT', {
      kind: 'qa-approval',
      note: data.note ?? `QA approved ${unit.serial}`,
      reference: { kind: 'serial', id: String(unit.id), number: unit.serial },
    });
    return { toStatus: 'IN_STOCK', toStage: unit.stage, batchId: posted.batchId, groupId: posted.groupId, note: data.note, reference: to.code };
  });
}
