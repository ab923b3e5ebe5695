// Rules a site's or storage unit's fields must meet against other records:
// code and barcode scan to this location alone, the type exists, and a grid
// position names a free cell of the parent's grid.
import type { Prisma } from '../db/generated/client';
import { DomainError, invalid } from '../errors';
import { cellProblem, gridOf, type Positioned } from './grid';

type Tx = Prisma.TransactionClient;

export async function checkCodeFree(tx: Tx, code: string): Promise<void> {
  // citext: "chi-a" finds "CHI-A".
  const existing = await tx.location.findUnique({ where: { code }, select: { code: true } });
  if (existing) throw new DomainError('CONFLICT', `The code ${existing.code} is already in use.`, { code: `The code ${existing.code} is already in use.` });
}

/** A scan must find one location; scanners may change letter case, so compare without it. */
export async function checkBarcodeFree(tx: Tx, barcode: string, locationId: number | null): Promise<void> {
  const other = await tx.location.findFirst({
    where: { OR: [{ barcode: { equals: barcode, mode: 'insensitive' } }, { barcode: null, code: barcode }], ...(locationId ? { NOT: { id: locationId } } : {}) },
    select: { code: true },
  });
  if (other) throw new DomainError('CONFLICT', `Location ${other.code} already uses this barcode.`, { barcode: `Location ${other.code} already uses this barcode.` });
}

export async function checkTypeExists(tx: Tx, typeId: number | null) {
  if (typeId === null) return null;
  const type = await tx.locationType.findUnique({ where: { id: typeId } });
  if (!type) throw invalid('typeId', 'Choose an existing location type.');
  return type;
}

interface Placement extends Positioned {
  id: number | null;
  parent: { id: number; code: string } | null;
  active: boolean;
}

/**
 * The parent's grid, read under locks: the parent's row (two admins filling the
 * same cell take turns; stock postings are not blocked) and its type's row
 * (a grid being shrunk at the same moment is seen before or after, never half).
 */
async function lockedGridOf(tx: Tx, parentId: number) {
  const [parent] = await tx.$queryRaw<{ typeId: number | null }[]>`SELECT "typeId" FROM "Location" WHERE id = ${parentId} FOR NO KEY UPDATE`;
  if (!parent?.typeId) return null;
  const [type] = await tx.$queryRaw<{ gridRows: number | null; gridCols: number | null }[]>`SELECT "gridRows", "gridCols" FROM "LocationType" WHERE id = ${parent.typeId} FOR SHARE`;
  return gridOf(type);
}

export async function checkGridPosition(tx: Tx, p: Placement): Promise<void> {
  if (p.gridRow === null && p.gridCol === null) return;
  if (!p.parent) throw invalid('gridRow', 'A site has no grid position; leave it empty.');
  const problem = cellProblem(await lockedGridOf(tx, p.parent.id), p, p.parent.code);
  if (problem) throw new DomainError('INVALID_INPUT', Object.values(problem).length > 1 ? 'Check the highlighted fields.' : Object.values(problem)[0], problem);
  // An inactive unit holds no cell (its successor may take it); it is checked again when reactivated.
  if (!p.active) return;
  const taken = await tx.location.findFirst({
    where: { parentId: p.parent.id, gridRow: p.gridRow, gridCol: p.gridCol, active: true, ...(p.id ? { NOT: { id: p.id } } : {}) },
    select: { code: true },
  });
  if (taken) {
    const message = `Row ${p.gridRow}, column ${p.gridCol} of ${p.parent.code} is taken by ${taken.code}.`;
    throw new DomainError('CONFLICT', message, { gridRow: message, gridCol: message });
  }
}
