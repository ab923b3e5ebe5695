// Admin changes a site's or storage unit's details. Code, parent and site stay.
// Guards: a new type's grid must still hold the units placed in it; a location
// holding stock or active storage units stays active (postings refuse inactive
// locations, so the stock would be stranded).
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Prisma } from '../db/generated/client';
import { db } from '../db/client';
import { invalid, notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { checkBarcodeFree, checkGridPosition, checkTypeExists } from './check-location-fields';
import { gridLabel, gridOf, outsideGrid } from './grid';
import { updateLocationSchema } from './location-schemas';
import { locationSelect, locationSnapshot } from './location-view';

type Tx = Prisma.TransactionClient;

async function checkChildrenFit(tx: Tx, locationId: number, type: { gridRows: number | null; gridCols: number | null } | null): Promise<void> {
  const placed = await tx.location.findMany({ where: { parentId: locationId, active: true, NOT: { gridRow: null } }, select: { code: true, gridRow: true, gridCol: true } });
  const grid = gridOf(type);
  const outside = outsideGrid(grid, placed);
  if (!outside.length) return;
  const first = outside[0];
  const where = grid ? `outside a ${gridLabel(grid)} grid` : 'in grid cells, and this type has no grid';
  throw invalid('typeId', `${outside.length} storage unit${outside.length === 1 ? ' sits' : 's sit'} ${where} (${first.code} at row ${first.gridRow}, column ${first.gridCol}); move ${outside.length === 1 ? 'it' : 'them'} first.`);
}

async function checkCanDeactivate(tx: Tx, locationId: number): Promise<void> {
  const children = await tx.location.count({ where: { parentId: locationId, active: true } });
  if (children) throw invalid('active', `Deactivate its ${children} active storage unit${children === 1 ? '' : 's'} first.`);
  const holding = await tx.stockBalance.findMany({ where: { locationId, NOT: { quantity: 0 } }, distinct: ['itemId'], select: { itemId: true } });
  if (holding.length) throw invalid('active', `It still holds stock of ${holding.length} item${holding.length === 1 ? '' : 's'}; move it out first.`);
}

export async function updateLocation(actor: Actor, input: unknown): Promise<void> {
  requirePermission(actor, 'settings.manage');
  const { id, active, ...fields } = parseInput(updateLocationSchema, input);
  await db().$transaction(async (tx) => {
    // Taken first so a storage unit being placed in this rack meanwhile waits for the new type (see checkGridPosition).
    await tx.$queryRaw`SELECT id FROM "Location" WHERE id = ${id} FOR NO KEY UPDATE`;
    const before = await tx.location.findUnique({ where: { id }, select: locationSelect });
    if (!before) throw notFound('The location');
    if (fields.typeId !== before.typeId) await checkChildrenFit(tx, id, await checkTypeExists(tx, fields.typeId));
    const nowActive = active ?? before.active;
    await checkGridPosition(tx, { id, parent: before.parent, gridRow: fields.gridRow, gridCol: fields.gridCol, active: nowActive });
    if (before.active && !nowActive) await checkCanDeactivate(tx, id);
    if (!before.active && nowActive && before.parent && !before.parent.active) {
      throw invalid('active', `Its parent ${before.parent.code} is inactive; reactivate that first.`);
    }
    const barcode = fields.barcode ?? before.code;
    await checkBarcodeFree(tx, barcode, id);
    const after = await tx.location.update({ where: { id }, data: { ...fields, barcode, active: nowActive }, select: locationSelect });
    await recordAuditEvent(tx, actor, { action: 'location.update', entity: 'Location', entityId: id, before: locationSnapshot(before), after: locationSnapshot(after) });
  });
}
