// Admin creates a site (a warehouse or plant): a location without a parent,
// owned by a department, whose own id starts the path of everything inside it.
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { invalid } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { conflictOnDuplicate } from '../unique-violation';
import { parseInput } from '../validation';
import { checkBarcodeFree, checkCodeFree, checkTypeExists } from './check-location-fields';
import { createSiteSchema } from './location-schemas';
import { locationSelect, locationSnapshot } from './location-view';

export async function createSite(actor: Actor, input: unknown): Promise<{ id: number; code: string }> {
  requirePermission(actor, 'settings.manage');
  const data = parseInput(createSiteSchema, input);
  return db().$transaction(async (tx) => {
    await checkCodeFree(tx, data.code);
    const department = await tx.department.findUnique({ where: { id: data.departmentId } });
    if (!department || department.archivedAt) throw invalid('departmentId', 'Choose an existing department.');
    await checkTypeExists(tx, data.typeId);
    const barcode = data.barcode ?? data.code;
    await checkBarcodeFree(tx, barcode, null);
    const created = await conflictOnDuplicate(() => tx.location.create({ data: { ...data, barcode, parentId: null } }), 'code', `The code ${data.code} is already in use.`);
    const site = await tx.location.update({ where: { id: created.id }, data: { siteId: created.id, path: `/${created.id}/` }, select: locationSelect });
    await recordAuditEvent(tx, actor, { action: 'location.create-site', entity: 'Location', entityId: site.id, after: locationSnapshot(site) });
    return { id: site.id, code: site.code };
  });
}
