// Moves a unit in production to its next stage (or a later one, skipping only optional stages).
import { z } from 'zod';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { stagesOf } from './lock-serial';
import { notWhile, optionalStage, serialCommon, transitionRequest } from './serial-input';
import { transitionSerial } from './serial-transition';
import { nextStage } from './stage-rules';

export const advanceSerialSchema = z.object({ ...serialCommon, toStage: optionalStage });

export async function advanceSerial(actor: Actor, input: unknown) {
  requirePermission(actor, 'serials.advance');
  const data = parseInput(advanceSerialSchema, input);
  return transitionSerial(actor, data.serial, transitionRequest('advanced', data), async (client, unit) => {
    if (unit.status !== 'IN_PRODUCTION') throw notWhile(unit.serial, unit.status, 'only units in production move through stages.');
    const stages = await stagesOf(client, unit.itemId);
    return { toStatus: 'IN_PRODUCTION', toStage: nextStage(stages, unit.stage, data.toStage), note: data.note };
  });
}
