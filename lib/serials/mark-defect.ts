// Mark a unit defective: scrap it (discarded for good; it leaves stock if it
// was there) or rework it (back to an earlier stage, iteration + 1; out of
// stock if it was there). Notes are required either way.
import { z } from 'zod';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { stagesOf } from './lock-serial';
import { notWhile, optionalStage, requiredNotes, serialField, transitionRequest } from './serial-input';
import { takeUnitOut } from './serial-stock';
import { transitionSerial } from './serial-transition';
import { reworkStage } from './stage-rules';

export const markDefectSchema = z.object({
  serial: serialField,
  action: z.enum(['scrap', 'rework'], { message: 'Choose scrap or rework.' }),
  toStage: optionalStage,
  notes: requiredNotes,
  idempotencyKey: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().trim().max(200).optional()),
});

export async function markDefect(actor: Actor, input: unknown) {
  requirePermission(actor, 'defects.mark');
  const data = parseInput(markDefectSchema, input);
  const action = data.action === 'scrap' ? 'scrapped' : 'reworked';
  return transitionSerial(actor, data.serial, transitionRequest(action, data), async (client, unit) => {
    if (unit.status === 'SCRAPPED') throw notWhile(unit.serial, unit.status, 'it was scrapped already.');
    if (unit.status === 'DELIVERED') throw notWhile(unit.serial, unit.status, 'a delivered unit comes back as a return before it can be scrapped or reworked.');
    const toStage = data.action === 'rework' ? reworkStage(await stagesOf(client, unit.itemId), unit.stage, unit.status === 'IN_PRODUCTION', data.toStage) : unit.stage;
    const posted =
      unit.status === 'IN_STOCK'
        ? await takeUnitOut(client, actor, unit, 'ADJUST_DOWN', { kind: data.action === 'scrap' ? 'scrap' : 'rework', reason: data.notes, reference: { kind: 'serial', id: String(unit.id), number: unit.serial } })
        : null;
    return {
      toStatus: data.action === 'scrap' ? 'SCRAPPED' : 'IN_PRODUCTION',
      toStage,
      iteration: data.action === 'rework' ? unit.iteration + 1 : unit.iteration,
      groupId: posted?.groupId ?? null,
      note: data.notes,
    };
  });
}
