// Per-item purchasing settings (reorder point and quantity, preferred supplier),
// and the items whose available stock fell below their reorder point.
import { pool } from '../../../lib/db/pool';
import { render, sql } from '../../../lib/db/sql';
import { DomainError, invalid } from '../../../lib/errors';
import { formatQuantity, fromDb, parseQuantity, toDb } from '../../../lib/inventory/quantity';
import { requirePluginPermission } from '../../../lib/plugins/plugin-guard';
import type { Actor } from '../../../lib/roles/actor';
import { parseInput } from '../../../lib/validation';
import { refuseFields, supplierOf } from './create-purchase-order';
import { itemPurchasingSchema } from './purchase-order-schemas';

export interface ItemPurchasingView {
  sku: string;
  name: string;
  unit: string;
  reorderPoint: string | null;
  reorderQuantity: string | null;
  preferredSupplier: string | null;
  /** Open purchase order lines of the item among the orders the actor sees. */
  openLines: { number: string; supplier: string; status: string; open: string; expectedAt: string | null }[];
}

export async function getItemPurchasing(actor: Actor, sku: string): Promise<ItemPurchasingView> {
  requirePluginPermission(actor, 'purchasing.view');
  const { rows } = await pool().query(
    `SELECT i.id, i.sku::text AS sku, i.name, u.code AS unit, u.decimals, ip."reorderPoint"::text AS reorder_point, ip."reorderQuantity"::text AS reorder_quantity,
            sp.code::text AS supplier
     FROM "Item" i JOIN "UnitOfMeasure" u ON u.code = i."unitCode" LEFT JOIN "ItemPurchasing" ip ON ip."itemId" = i.id LEFT JOIN "Partner" sp ON sp.id = ip."preferredSupplierId"
     WHERE i.sku = $1::citext`,
    [String(sku ?? '').trim()],
  );
  const i = rows[0];
  if (!i) throw new DomainError('NOT_FOUND', `There is no item ${sku}.`);
  const fmt = (v: string | null) => (v === null ? null : formatQuantity(fromDb(v), i.decimals));
  const lines = await pool().query(
    render(sql`SELECT o.number::text AS number, p.code::text AS supplier, o.status::text AS status, (l.quantity - l.received)::text AS open,
        to_char(l."expectedAt", 'YYYY-MM-DD') AS expected_at
      FROM "PurchaseOrderLine" l JOIN "PurchaseOrder" o ON o.id = l."orderId" JOIN "Partner" p ON p.id = o."supplierId"
      WHERE l."itemId" = ${i.id} AND o.status IN ('DRAFT', 'PLACED', 'PARTIALLY_RECEIVED') AND l.received < l.quantity
        AND ${actor.role === 'ADMIN' ? sql`TRUE` : sql`o."departmentId" = ${actor.departmentId}`}
      ORDER BY l."expectedAt" NULLS LAST, o.id`),
  );
  return {
    sku: i.sku,
    name: i.name,
    unit: i.unit,
    reorderPoint: fmt(i.reorder_point),
    reorderQuantity: fmt(i.reorder_quantity),
    preferredSupplier: i.supplier,
    openLines: lines.rows.map((l) => ({ number: l.number, supplier: l.supplier, status: l.status, open: formatQuantity(fromDb(l.open), i.decimals), expectedAt: l.expected_at })),
  };
}

export async function setItemPurchasing(actor: Actor, input: unknown): Promise<ItemPurchasingView> {
  requirePluginPermission(actor, 'purchasing.manage');
  const data = parseInput(itemPurchasingSchema, input);
  const { rows } = await pool().query(`SELECT i.id, u.decimals FROM "Item" i JOIN "UnitOfMeasure" u ON u.code = i."unitCode" WHERE i.sku = $1::citext`, [data.sku]);
  if (!rows[0]) throw invalid('sku', `There is no item ${data.sku}.`);
  const errors: Record<string, string> = {};
  const quantity = (field: 'reorderPoint' | 'reorderQuantity') => {
    const raw = data[field];
    if (raw === null) return null;
    const q = parseQuantity(raw, rows[0].decimals);
    if (!q.ok) errors[field] = q.reason;
    else if (q.value < 0n) errors[field] = 'Enter zero or more.';
    return q.ok ? toDb(q.value) : null;
  };
  const reorderPoint = quantity('reorderPoint');
  const reorderQuantity = quantity('reorderQuantity');
  const supplierId = data.preferredSupplier ? await supplierOf(pool(), data.preferredSupplier, errors, 'preferredSupplier') : null;
  refuseFields(errors);
  await pool().query(
    `INSERT INTO "ItemPurchasing" ("itemId", "reorderPoint", "reorderQuantity", "preferredSupplierId", "updatedAt") VALUES ($1, $2, $3, $4, now())
     ON CONFLICT ("itemId") DO UPDATE SET "reorderPoint" = EXCLUDED."reorderPoint", "reorderQuantity" = EXCLUDED."reorderQuantity",
       "preferredSupplierId" = EXCLUDED."preferredSupplierId", "updatedAt" = now()`,
    [rows[0].id, reorderPoint, reorderQuantity, supplierId],
  );
  return getItemPurchasing(actor, data.sku);
}

export interface BelowReorderPoint {
  sku: string;
  name: string;
  unit: string;
  available: string;
  reorderPoint: string;
  reorderQuantity: string | null;
  onOrder: string;
  preferredSupplier: string | null;
}

/** Items whose available stock (as the forecast counts it: not on hold, not customer-owned, all sites) is below their reorder point, with what is on order. */
export async function listBelowReorderPoint(actor: Actor): Promise<BelowReorderPoint[]> {
  requirePluginPermission(actor, 'purchasing.view');
  const { rows } = await pool().query(
    `WITH stock AS (
       SELECT ip."itemId", ip."reorderPoint", ip."reorderQuantity", ip."preferredSupplierId",
         coalesce((SELECT sum(b.quantity) FROM "StockBalance" b JOIN "Batch" bt ON bt.id = b."batchId"
                   WHERE b."itemId" = ip."itemId" AND b.status = 'AVAILABLE' AND NOT b.unreceived AND bt."ownerId" IS NULL), 0) AS available
       FROM "ItemPurchasing" ip WHERE ip."reorderPoint" IS NOT NULL)
     SELECT i.sku::text AS sku, i.name, u.code AS unit, u.decimals, s.available::text AS available, s."reorderPoint"::text AS reorder_point,
       s."reorderQuantity"::text AS reorder_quantity, sp.code::text AS supplier,
       coalesce((SELECT sum(l.quantity - l.received) FROM "PurchaseOrderLine" l JOIN "PurchaseOrder" o ON o.id = l."orderId"
                 WHERE l."itemId" = s."itemId" AND o.status IN ('PLACED', 'PARTIALLY_RECEIVED') AND l.received < l.quantity), 0)::text AS on_order
     FROM stock s JOIN "Item" i ON i.id = s."itemId" JOIN "UnitOfMeasure" u ON u.code = i."unitCode" LEFT JOIN "Partner" sp ON sp.id = s."preferredSupplierId"
     WHERE s.available < s."reorderPoint" AND i.active
     ORDER BY i.sku LIMIT 1000`,
  );
  return rows.map((r) => {
    const fmt = (v: string) => formatQuantity(fromDb(v), r.decimals);
    return {
      sku: r.sku,
      name: r.name,
      unit: r.unit,
      available: fmt(r.available),
      reorderPoint: fmt(r.reorder_point),
      reorderQuantity: r.reorder_quantity === null ? null : fmt(r.reorder_quantity),
      onOrder: fmt(r.on_order),
      preferredSupplier: r.supplier,
    };
  });
}
