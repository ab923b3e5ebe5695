import { describe, expect, it } from 'vitest';
import { stageRowsOf } from './stage-rows';

describe('stageRowsOf', () => {
  it('reads the rows in their numbered order, the last value of a field winning (checkbox after its hidden false)', () => {
    expect(
      stageRowsOf({ sku: 'X', 'stages.10.name': 'QA', 'stages.2.name': 'Coating', 'stages.2.optional': 'true', 'stages.2.id': '7', 'stages.0.name': 'Assembly', serialPattern: '' }),
    ).toEqual([
      { id: '', name: 'Assembly', optional: 'false' },
      { id: '7', name: 'Coating', optional: 'true' },
      { id: '', name: 'QA', optional: 'false' },
    ]);
  });

  it('ignores other fields and malformed keys', () => {
    expect(stageRowsOf({ 'stages.x.name': 'A', 'stages.1.colour': 'red', 'stages.1234.name': 'B' })).toEqual([]);
  });
});
