// Pure: a rack's storage units and their stock laid out as rows × columns.
// A cell is free when no active storage unit sits in it; a unit outside the
// grid, or a second unit in a taken cell (data from before the grid rules),
// is listed apart rather than hidden.
import type { Grid } from './grid';

export interface RackUnit {
  id: number;
  code: string;
  name: string;
  gridRow: number | null;
  gridCol: number | null;
}

export interface Holding {
  unitId: number;
  sku: string;
  /** Formatted in the item's unit, non-zero. */
  quantity: string;
  unit: string;
}

export type PlacedUnit = RackUnit & { holds: Omit<Holding, 'unitId'>[] };

export interface RackCell {
  row: number;
  col: number;
  /** null: the cell is free. */
  unit: PlacedUnit | null;
}

export interface RackLayout {
  grid: Grid;
  rows: RackCell[][];
  freeCells: number;
  /** Storage units of the rack without a grid position. */
  unplaced: PlacedUnit[];
  /** Storage units whose position lies outside the grid or in a cell another unit holds. */
  misplaced: PlacedUnit[];
}

export function layOutRack(grid: Grid, units: RackUnit[], holdings: Holding[]): RackLayout {
  const holds = new Map<number, Omit<Holding, 'unitId'>[]>();
  for (const { unitId, ...h } of holdings) (holds.get(unitId) ?? holds.set(unitId, []).get(unitId)!).push(h);
  const rows: RackCell[][] = Array.from({ length: grid.rows }, (_, r) => Array.from({ length: grid.cols }, (_, c) => ({ row: r + 1, col: c + 1, unit: null })));
  const unplaced: PlacedUnit[] = [];
  const misplaced: PlacedUnit[] = [];
  const byCode = [...units].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
  for (const u of byCode) {
    const placed: PlacedUnit = { ...u, holds: holds.get(u.id) ?? [] };
    if (u.gridRow === null || u.gridCol === null) unplaced.push(placed);
    else {
      const cell = rows[u.gridRow - 1]?.[u.gridCol - 1];
      if (cell && !cell.unit) cell.unit = placed;
      else misplaced.push(placed);
    }
  }
  const freeCells = rows.flat().filter((c) => !c.unit).length;
  return { grid, rows, freeCells, unplaced, misplaced };
}
