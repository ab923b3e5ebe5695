import { describe, expect, it } from 'vitest';
import { cellProblem, gridOf, isInside, outsideGrid } from './grid';

const rack = { rows: 4, cols: 6 };

describe('grid rules', () => {
  it('needs both rows and columns to make a grid', () => {
    expect(gridOf({ gridRows: 4, gridCols: 6 })).toEqual(rack);
    expect(gridOf({ gridRows: 4, gridCols: null })).toBeNull();
    expect(gridOf(null)).toBeNull();
  });

  it('accepts the corners and refuses one past them, naming the field', () => {
    expect(cellProblem(rack, { gridRow: 1, gridCol: 1 }, 'R1')).toBeNull();
    expect(cellProblem(rack, { gridRow: 4, gridCol: 6 }, 'R1')).toBeNull();
    expect(cellProblem(rack, { gridRow: 5, gridCol: 6 }, 'R1')).toEqual({ gridRow: "Row must be 1 to 4 in R1's 4 × 6 grid." });
    expect(cellProblem(rack, { gridRow: 4, gridCol: 7 }, 'R1')).toEqual({ gridCol: "Column must be 1 to 6 in R1's 4 × 6 grid." });
    expect(Object.keys(cellProblem(rack, { gridRow: 0, gridCol: 0 }, 'R1') ?? {})).toEqual(['gridRow', 'gridCol']);
  });

  it('has no cells to offer under a parent without a grid, and no problem without a position', () => {
    expect(cellProblem(null, { gridRow: 1, gridCol: 1 }, 'CHI-A')).toEqual({ gridRow: expect.stringContaining('CHI-A has no grid') });
    expect(cellProblem(null, { gridRow: null, gridCol: null }, 'CHI-A')).toBeNull();
  });

  it('finds the units a smaller grid (or none) would leave outside', () => {
    const units = [
      { code: 'a', gridRow: 1, gridCol: 1 },
      { code: 'b', gridRow: 3, gridCol: 2 },
      { code: 'c', gridRow: null, gridCol: null },
    ];
    expect(outsideGrid({ rows: 2, cols: 2 }, units).map((u) => u.code)).toEqual(['b']);
    expect(outsideGrid(null, units).map((u) => u.code)).toEqual(['a', 'b']);
    expect(isInside(rack, { gridRow: null, gridCol: 1 })).toBe(false);
  });
});
