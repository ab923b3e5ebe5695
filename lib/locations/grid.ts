// Grid rules, pure: a location type with rows × columns makes its locations
// racks, and a storage unit's (row, column) is a cell of its parent's grid.

export interface Grid {
  rows: number;
  cols: number;
}

export interface Positioned {
  gridRow: number | null;
  gridCol: number | null;
}

export const gridOf = (type: { gridRows: number | null; gridCols: number | null } | null | undefined): Grid | null =>
  type && type.gridRows && type.gridCols ? { rows: type.gridRows, cols: type.gridCols } : null;

export const gridLabel = (grid: Grid) => `${grid.rows} × ${grid.cols}`;

export const isInside = (grid: Grid | null, p: Positioned): boolean =>
  grid !== null && p.gridRow !== null && p.gridCol !== null && p.gridRow >= 1 && p.gridRow <= grid.rows && p.gridCol >= 1 && p.gridCol <= grid.cols;

/** Field errors for a position in the parent's grid, or null when it fits (or there is none). */
export function cellProblem(grid: Grid | null, p: Positioned, parentCode: string): Record<string, string> | null {
  if (p.gridRow === null && p.gridCol === null) return null;
  if (!grid) return { gridRow: `${parentCode} has no grid (its type has no rows and columns); leave the position empty.` };
  const errors: Record<string, string> = {};
  if (p.gridRow === null || p.gridRow < 1 || p.gridRow > grid.rows) errors.gridRow = `Row must be 1 to ${grid.rows} in ${parentCode}'s ${gridLabel(grid)} grid.`;
  if (p.gridCol === null || p.gridCol < 1 || p.gridCol > grid.cols) errors.gridCol = `Column must be 1 to ${grid.cols} in ${parentCode}'s ${gridLabel(grid)} grid.`;
  return Object.keys(errors).length ? errors : null;
}

/** The positioned units that a (new) grid would leave outside; no grid leaves every positioned unit outside. */
export function outsideGrid<T extends Positioned>(grid: Grid | null, units: T[]): T[] {
  return units.filter((u) => u.gridRow !== null && !isInside(grid, u));
}
