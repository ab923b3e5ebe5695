// Admin creates a storage unit (aisle, shelf, bin, rack cell) under any
// location. Its site and materialised path come from the parent, never from
// the form, so subtree queries (path LIKE '/1/5/%') and site scoping hold.
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { invalid } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { conflictOnDuplicate } from '../unique-violation';
import { parseInput } from '../validation';
import { checkBarcodeFree, checkCodeFree, checkGridPosition, checkTypeExists } from './check-location-fields';
import { createStorageUnitSchema } from './location-schemas';
import { locationSelect, locationSnapshot } from './location-view';

export async function createStorageUnit(actor: Actor, input: unknown): Promise<{ id: number; code: string }> {
  requirePermission(actor, 'settings.manage');
  const data = parseInput(createStorageUnitSchema, input);
  return db().$transaction(async (tx) => {
    const parent = await tx.location.findUnique({ where: { id: data.parentId }, select: locationSelect });
    if (!parent) throw invalid('parentId', 'Choose an existing location.');
    if (!parent.active) throw invalid('parentId', `${parent.code} is inactive; reactivate it first.`);
    const siteId = parent.parentId === null ? parent.id : parent.siteId;
    // A parent without site or path is broken data, not a user mistake.
    if (!siteId || !parent.path) throw new Error(`location ${parent.code} has no site or path`);
    await checkCodeFree(tx, data.code);
    await checkTypeExists(tx, data.typeId);
    await checkGridPosition(tx, { id: null, parent, gridRow: data.gridRow, gridCol: data.gridCol, active: true });
    const barcode = data.barcode ?? data.code;
    await checkBarcodeFree(tx, barcode, null);
    const created = await conflictOnDuplicate(() => tx.location.create({ data: { ...data, barcode, siteId } }), 'code', `The code ${data.code} is already in use.`);
    const unit = await tx.location.update({ where: { id: created.id }, data: { path: `${parent.path}${created.id}/` }, select: locationSelect });
    await recordAuditEvent(tx, actor, { action: 'location.create-storage-unit', entity: 'Location', entityId: unit.id, after: locationSnapshot(unit) });
    return { id: unit.id, code: unit.code };
  });
}
