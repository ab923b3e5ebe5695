// The stage rules of serial-numbered production, pure: a unit moves to the next
// stage, skipping only stages marked optional; QA approval needs the last stage
// (or only optional ones after it); rework goes back to an earlier stage.
import { DomainError, invalid } from '../errors';
import type { Stage } from './lock-serial';

const refused = (message: string) => new DomainError('CONFLICT', message);
const named = (stages: Stage[], name: string) => stages.find((s) => s.name.toLowerCase() === name.trim().toLowerCase());

export function nextStage(stages: Stage[], current: Stage | null, requested?: string | null): Stage {
  const at = current ? stages.findIndex((s) => s.id === current.id) : -1;
  if (at === stages.length - 1) throw refused(`The unit is at its last stage (${current?.name ?? 'none'}): approve it at QA instead.`);
  if (!requested) return stages[at + 1];
  const target = named(stages, requested);
  if (!target) throw invalid('toStage', `There is no stage "${requested.trim()}" for this product.`);
  const to = stages.indexOf(target);
  if (to <= at) throw invalid('toStage', `${target.name} is not after ${current?.name ?? 'the start'}; use rework to go back.`);
  const skipped = stages.slice(at + 1, to).filter((s) => !s.optional);
  if (skipped.length) throw invalid('toStage', `Cannot skip ${skipped.map((s) => s.name).join(', ')}: only optional stages may be skipped.`);
  return target;
}

export function assertReadyForApproval(stages: Stage[], current: Stage | null): void {
  const at = current ? stages.findIndex((s) => s.id === current.id) : -1;
  const left = stages.slice(at + 1).filter((s) => !s.optional);
  if (left.length) throw refused(`The unit is at ${current?.name ?? 'no stage'}; it must pass ${left.map((s) => s.name).join(', ')} before QA approval.`);
}

/** Where a rework sends the unit: the requested stage (earlier than where it is; any stage once it has left production), or the first. */
export function reworkStage(stages: Stage[], current: Stage | null, inProduction: boolean, requested?: string | null): Stage {
  if (!stages.length) throw refused('This product has no production stages to rework at.');
  if (!requested) return stages[0];
  const target = named(stages, requested);
  if (!target) throw invalid('toStage', `There is no stage "${requested.trim()}" for this product.`);
  if (inProduction && current && target.position >= current.position) throw invalid('toStage', `Rework goes back: choose a stage before ${current.name}.`);
  return target;
}
