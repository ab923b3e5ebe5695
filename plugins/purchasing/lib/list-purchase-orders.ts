// Purchase orders the actor sees (Admin all, others their department's), newest first.
import { pool } from '../../../lib/db/pool';
import { empty, join, render, sql } from '../../../lib/db/sql';
import { requirePluginPermission } from '../../../lib/plugins/plugin-guard';
import type { Actor } from '../../../lib/roles/actor';
import { parseInput } from '../../../lib/validation';
import type { PurchaseOrderStatus } from './get-purchase-order';
import { listPurchaseOrdersSchema } from './purchase-order-schemas';
import { departmentScope } from './scope';

export interface PurchaseOrderListEntry {
  number: string;
  supplier: string;
  status: PurchaseOrderStatus;
  department: string;
  createdAt: string;
  lines: number;
  /** Order value: Σ quantity × unit price, to cents. */
  value: string;
}

export async function listPurchaseOrders(actor: Actor, input: unknown = {}): Promise<PurchaseOrderListEntry[]> {
  requirePluginPermission(actor, 'purchasing.view');
  const f = parseInput(listPurchaseOrdersSchema, input);
  const where = join(
    [
      departmentScope(actor, 'o'),
      f.status ? sql`o.status = ${f.status.toUpperCase()}::"PurchaseOrderStatus"` : empty,
      f.supplier ? sql`p.code = ${f.supplier}::citext` : empty,
    ].filter((p) => p !== empty),
    ' AND ',
  );
  const { rows } = await pool().query(
    render(sql`SELECT o.number::text AS number, p.code::text AS supplier, o.status::text AS status, d.name AS department, o."createdAt",
        (SELECT count(*)::int FROM "PurchaseOrderLine" l WHERE l."orderId" = o.id) AS lines,
        (SELECT coalesce(sum(l.quantity * l."unitPrice"), 0)::numeric(20, 2)::text FROM "PurchaseOrderLine" l WHERE l."orderId" = o.id) AS value
      FROM "PurchaseOrder" o JOIN "Partner" p ON p.id = o."supplierId" JOIN "Department" d ON d.id = o."departmentId"
      WHERE ${where} ORDER BY o.id DESC LIMIT 500`),
  );
  return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() }));
}
