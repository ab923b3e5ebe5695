import { describe, expect, it } from 'vitest';
import type { Stage } from './lock-serial';
import { assertReadyForApproval, nextStage, reworkStage } from './stage-rules';

const stages: Stage[] = [
  { id: 1, position: 1, name: 'Assembly', optional: false },
  { id: 2, position: 2, name: 'Testing', optional: false },
  { id: 3, position: 3, name: 'Coating', optional: true },
  { id: 4, position: 4, name: 'QA', optional: false },
];
const [assembly, testing, coating, qa] = stages;

describe('stage rules', () => {
  it('advances one stage at a time and may skip only optional stages', () => {
    expect(nextStage(stages, assembly)).toBe(testing);
    expect(nextStage(stages, testing, 'qa')).toBe(qa);
    expect(() => nextStage(stages, assembly, 'Coating')).toThrow('Cannot skip Testing');
    expect(() => nextStage(stages, testing, 'Assembly')).toThrow('use rework');
    expect(() => nextStage(stages, qa)).toThrow('approve it at QA');
    expect(() => nextStage(stages, assembly, 'Packing')).toThrow('no stage "Packing"');
  });

  it('approves at the last stage, or where only optional stages are left', () => {
    expect(() => assertReadyForApproval(stages, qa)).not.toThrow();
    expect(() => assertReadyForApproval(stages, testing)).toThrow('must pass QA');
    expect(() => assertReadyForApproval([assembly, { ...coating, position: 2 }], assembly)).not.toThrow();
    expect(() => assertReadyForApproval([], null)).not.toThrow();
  });

  it('reworks back to an earlier stage, the first by default', () => {
    expect(reworkStage(stages, qa, true)).toBe(assembly);
    expect(reworkStage(stages, qa, true, 'Testing')).toBe(testing);
    expect(() => reworkStage(stages, testing, true, 'QA')).toThrow('Rework goes back');
    expect(() => reworkStage(stages, testing, true, 'Testing')).toThrow('Rework goes back');
    expect(reworkStage(stages, null, false, 'Coating')).toBe(coating);
  });
});
