import { describe, expect, it } from 'vitest';
import { reachableStages, reworkStages } from './stage-choices';

const stages = [
  { name: 'Assembly', optional: false },
  { name: 'Testing', optional: false },
  { name: 'Coating', optional: true },
  { name: 'QA', optional: false },
];
const names = (s: { name: string }[]) => s.map((x) => x.name);

describe('stage choices', () => {
  it('offers the next stage, and later ones only past optional stages', () => {
    expect(names(reachableStages(stages, 'Assembly'))).toEqual(['Testing']);
    expect(names(reachableStages(stages, 'Testing'))).toEqual(['Coating', 'QA']);
    expect(names(reachableStages(stages, 'coating'))).toEqual(['QA']);
    expect(reachableStages(stages, 'QA')).toEqual([]);
    // No stage yet (or one no longer listed): from the start.
    expect(names(reachableStages(stages, null))).toEqual(['Assembly']);
    expect(names(reachableStages([{ name: 'A', optional: true }, { name: 'B', optional: true }], null))).toEqual(['A', 'B']);
  });

  it('sends a rework back to an earlier stage in production, to any once out of production; the first is the default', () => {
    expect(reworkStages(stages, 'Coating', true)).toEqual({ first: stages[0], others: [stages[1]] });
    expect(reworkStages(stages, 'Assembly', true)).toEqual({ first: stages[0], others: [] });
    expect(reworkStages(stages, 'QA', false)).toEqual({ first: stages[0], others: stages.slice(1) });
    expect(reworkStages([], null, true)).toEqual({ first: null, others: [] });
  });
});
