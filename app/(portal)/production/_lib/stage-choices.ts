// What the serial page offers in its stage selects. Only offers: the domain
// decides (lib/serials/stage-rules.ts) and refuses anything else with a reason.
export interface StageView {
  name: string;
  optional: boolean;
}

const indexOf = (stages: StageView[], current: string | null) => (current ? stages.findIndex((s) => s.name.toLowerCase() === current.toLowerCase()) : -1);

/** Stages an advance can reach: the next one, and past it only while the stages skipped are optional. */
export function reachableStages(stages: StageView[], current: string | null): StageView[] {
  const out: StageView[] = [];
  for (const stage of stages.slice(indexOf(stages, current) + 1)) {
    out.push(stage);
    if (!stage.optional) break;
  }
  return out;
}

/** Where a rework may send the unit: the first stage (the default), or an earlier stage while in production, any once it left production. */
export function reworkStages(stages: StageView[], current: string | null, inProduction: boolean): { first: StageView | null; others: StageView[] } {
  const at = indexOf(stages, current);
  const allowed = inProduction && at >= 0 ? stages.slice(0, at) : stages;
  return { first: stages[0] ?? null, others: allowed.filter((s) => s !== stages[0]) };
}
