// One purchase order with its lines (ordered, received, open), as the actor may
// see it: another department's order is "not found", never "forbidden".
import { pool } from '../../../lib/db/pool';
import type { SqlClient } from '../../../lib/db/transaction';
import { DomainError } from '../../../lib/errors';
import { formatQuantity, fromDb } from '../../../lib/inventory/quantity';
import { requirePluginPermission } from '../../../lib/plugins/plugin-guard';
import type { Actor } from '../../../lib/roles/actor';
import { seesDepartment } from './scope';

export type PurchaseOrderStatus = 'DRAFT' | 'PLACED' | 'PARTIALLY_RECEIVED' | 'RECEIVED' | 'CANCELLED';

export interface PurchaseOrderLineView {
  id: number;
  position: number;
  itemId: number;
  sku: string;
  name: string;
  unit: string;
  decimals: number;
  quantity: string;
  received: string;
  open: string;
  unitPrice: string;
  expectedAt: string | null;
}

export interface PurchaseOrderView {
  id: number;
  number: string;
  supplier: { code: string; name: string };
  status: PurchaseOrderStatus;
  note: string | null;
  departmentId: number;
  department: string;
  createdAt: string;
  placedAt: string | null;
  lines: PurchaseOrderLineView[];
}

type Queryable = Pick<SqlClient, 'query'>;

/** Reads the order (locking it when `lock`, for a change in the caller's transaction) and checks the actor sees it. */
export async function loadPurchaseOrder(client: Queryable, actor: Actor, number: string, lock = false): Promise<PurchaseOrderView> {
  const n = String(number ?? '').trim();
  const { rows } = await client.query(
    `SELECT o.id, o.number::text AS number, o.status::text AS status, o.note, o."departmentId", d.name AS department, o."createdAt", o."placedAt",
            p.code::text AS supplier_code, p.name AS supplier_name
     FROM "PurchaseOrder" o JOIN "Partner" p ON p.id = o."supplierId" JOIN "Department" d ON d.id = o."departmentId"
     WHERE o.number = $1::citext ${lock ? 'FOR UPDATE OF o' : ''}`,
    [n],
  );
  const o = rows[0];
  if (!o || !seesDepartment(actor, o.departmentId)) throw new DomainError('NOT_FOUND', `There is no purchase order ${n}.`);
  const lines = await client.query(
    `SELECT l.id, l.position, l."itemId", i.sku::text AS sku, i.name, u.code AS unit, u.decimals, l.quantity::text AS quantity,
            l.received::text AS received, l."unitPrice"::text AS unit_price, to_char(l."expectedAt", 'YYYY-MM-DD') AS expected_at
     FROM "PurchaseOrderLine" l JOIN "Item" i ON i.id = l."itemId" JOIN "UnitOfMeasure" u ON u.code = i."unitCode"
     WHERE l."orderId" = $1 ORDER BY l.position`,
    [o.id],
  );
  return {
    id: o.id,
    number: o.number,
    supplier: { code: o.supplier_code, name: o.supplier_name },
    status: o.status,
    note: o.note,
    departmentId: o.departmentId,
    department: o.department,
    createdAt: new Date(o.createdAt).toISOString(),
    placedAt: o.placedAt ? new Date(o.placedAt).toISOString() : null,
    lines: lines.rows.map((l) => {
      const fmt = (q: bigint) => formatQuantity(q, l.decimals);
      const quantity = fromDb(l.quantity);
      const received = fromDb(l.received);
      return {
        id: l.id,
        position: l.position,
        itemId: l.itemId,
        sku: l.sku,
        name: l.name,
        unit: l.unit,
        decimals: l.decimals,
        quantity: fmt(quantity),
        received: fmt(received),
        open: fmt(quantity > received ? quantity - received : 0n),
        unitPrice: l.unit_price.replace(/(\.\d*?[1-9])0+$|\.0+$/, '$1'),
        expectedAt: l.expected_at,
      };
    }),
  };
}

export async function getPurchaseOrder(actor: Actor, number: string): Promise<PurchaseOrderView> {
  requirePluginPermission(actor, 'purchasing.view');
  return loadPurchaseOrder(pool(), actor, number);
}
