import { describe, expect, it } from 'vitest';
import { layOutRack } from './lay-out-rack';

const unit = (id: number, code: string, gridRow: number | null, gridCol: number | null) => ({ id, code, name: code, gridRow, gridCol });

describe('rack layout', () => {
  it('puts each unit in its cell with what it holds and counts the free cells', () => {
    const map = layOutRack({ rows: 2, cols: 3 }, [unit(1, 'R-1-1', 1, 1), unit(2, 'R-2-3', 2, 3)], [
      { unitId: 1, sku: 'RES-10K', quantity: '500', unit: 'pcs' },
      { unitId: 1, sku: 'CAP-100N', quantity: '20', unit: 'pcs' },
    ]);
    expect(map.rows).toHaveLength(2);
    expect(map.rows[0]).toHaveLength(3);
    expect(map.rows[0][0].unit).toMatchObject({ code: 'R-1-1', holds: [{ sku: 'RES-10K', quantity: '500', unit: 'pcs' }, { sku: 'CAP-100N', quantity: '20', unit: 'pcs' }] });
    expect(map.rows[1][2].unit).toMatchObject({ code: 'R-2-3', holds: [] });
    expect(map.rows[0][1]).toEqual({ row: 1, col: 2, unit: null });
    expect(map.freeCells).toBe(4);
  });

  it('lists units without a position, outside the grid, or in a taken cell apart', () => {
    const map = layOutRack({ rows: 1, cols: 1 }, [unit(1, 'B', 1, 1), unit(2, 'A', 1, 1), unit(3, 'C', 2, 1), unit(4, 'D', null, null)], []);
    expect(map.rows[0][0].unit?.code).toBe('A');
    expect(map.misplaced.map((u) => u.code)).toEqual(['B', 'C']);
    expect(map.unplaced.map((u) => u.code)).toEqual(['D']);
    expect(map.freeCells).toBe(0);
  });
});
