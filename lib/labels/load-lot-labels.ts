// The label of one batch ("SKU#0002", as lib/scan reads it), printed after
// receiving. A batch is visible to Admins and to whoever's sites it was posted at.
import { pool } from '../db/pool';
import { render, sql } from '../db/sql';
import { notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { siteDepartmentFilter } from '../scope/site-scope';
import { lotLabel, type Label } from './label-templates';

const LOT_CODE = /^(.{1,64})#(\d{1,6})$/;

export async function loadLotLabels(actor: Actor, code: string): Promise<Label[]> {
  requirePermission(actor, 'inventory.view');
  const match = LOT_CODE.exec(code.trim());
  if (!match) throw notFound('The batch');
  const department = siteDepartmentFilter(actor);
  const { rows } = await pool().query(
    render(sql`SELECT i.sku, i.name, b.number, b."receivedAt"
      FROM "Batch" b JOIN "Item" i ON i.id = b."itemId"
      WHERE i.sku = ${match[1]}::citext AND b.number = ${Number(match[2])} AND NOT b.unreceived
        AND (${department}::int IS NULL OR EXISTS (
          SELECT 1 FROM "LedgerEntry" e JOIN "Location" l ON l.id = e."locationId" JOIN "Location" site ON site.id = coalesce(l."siteId", l.id)
          WHERE e."batchId" = b.id AND site."departmentId" = ${department}::int))`),
  );
  const r = rows[0];
  if (!r) throw notFound('The batch');
  return [lotLabel({ sku: r.sku, itemName: r.name, batchNumber: r.number, receivedAt: r.receivedAt })];
}
