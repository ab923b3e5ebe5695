// Serial-tracked products by SKU, for filters and pickers (the work order list's
// product filter). The catalogue is not scoped: every role sees every product.
import { pool } from '../db/pool';
import { requirePermission, type Actor } from '../roles/actor';

export async function listSerialProducts(actor: Actor): Promise<{ sku: string; name: string; active: boolean }[]> {
  requirePermission(actor, 'serials.view');
  const { rows } = await pool().query(
    `SELECT i.sku::text AS sku, i.name, i.active FROM "Item" i JOIN "ItemKind" k ON k.code = i."kindCode" WHERE k."serialTracked" ORDER BY i.sku`,
  );
  return rows;
}
