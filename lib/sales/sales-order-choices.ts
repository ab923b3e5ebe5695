// What the new sales order form offers: active customers, active items (for
// the SKU suggestions) and, for an Admin, the active departments an order may
// belong to.
import { pool } from '../db/pool';
import { requirePermission, type Actor } from '../roles/actor';

export interface SalesOrderChoices {
  customers: { code: string; name: string }[];
  items: { sku: string; name: string; unit: string }[];
  /** Only for Admins (others open orders for their own department); empty otherwise. */
  departments: { id: number; name: string }[];
  ownDepartmentId: number;
}

/** Suggestions, not a limit: a SKU not among them can still be typed. */
export const ITEM_SUGGESTIONS_MAX = 2000;

export async function salesOrderChoices(actor: Actor): Promise<SalesOrderChoices> {
  requirePermission(actor, 'sales.manage');
  const [customers, items, departments] = await Promise.all([
    pool().query(`SELECT code::text AS code, name FROM "Partner" WHERE kind = 'CUSTOMER' AND active ORDER BY name, code`),
    pool().query(`SELECT sku::text AS sku, name, "unitCode" AS unit FROM "Item" WHERE active ORDER BY sku LIMIT $1`, [ITEM_SUGGESTIONS_MAX]),
    actor.role === 'ADMIN' ? pool().query(`SELECT id, name FROM "Department" WHERE "archivedAt" IS NULL ORDER BY name`) : Promise.resolve({ rows: [] }),
  ]);
  return { customers: customers.rows, items: items.rows, departments: departments.rows, ownDepartmentId: actor.departmentId };
}
