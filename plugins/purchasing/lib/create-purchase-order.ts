// A buyer orders from a supplier: the next PO-number, the buyer's department,
// and its lines (item, quantity in the item's unit, unit price, expected date).
// Placed unless asked for a draft. Every refusal names its field, all at once,
// and takes no number. An Idempotency-Key makes a retry answer the first order.
import { pool } from '../../../lib/db/pool';
import { render, sql } from '../../../lib/db/sql';
import { inTransaction, pgCode, type SqlClient } from '../../../lib/db/transaction';
import { DomainError } from '../../../lib/errors';
import { requestHash } from '../../../lib/inventory/movement-input';
import { parseQuantity, toDb } from '../../../lib/inventory/quantity';
import { requirePluginPermission } from '../../../lib/plugins/plugin-guard';
import type { Actor } from '../../../lib/roles/actor';
import { nextSequenceValue } from '../../../lib/serials/sequence';
import { parseInput } from '../../../lib/validation';
import { createPurchaseOrderSchema } from './purchase-order-schemas';

export interface CreatedPurchaseOrder {
  number: string;
  /** True when an Idempotency-Key repeat was answered with the first order. */
  replayed: boolean;
}

export const PURCHASE_ORDER_SEQUENCE = 'purchase-order';
export const purchaseOrderNumber = (n: number) => `PO-${String(n).padStart(6, '0')}`;

type Queryable = Pick<SqlClient, 'query'>;
type Errors = Record<string, string>;

async function replayOf(client: Queryable, actor: Actor, key: string | null, hash: string): Promise<CreatedPurchaseOrder | null> {
  if (!key) return null;
  const { rows } = await client.query(`SELECT number::text AS number, "requestHash" FROM "PurchaseOrder" WHERE "createdById" = $1 AND "idempotencyKey" = $2`, [actor.id, key]);
  if (!rows[0]) return null;
  if (rows[0].requestHash !== hash) throw new DomainError('CONFLICT', 'This idempotency key was already used for a different request.');
  return { number: rows[0].number, replayed: true };
}

export async function supplierOf(client: Queryable, code: string, errors: Errors, field = 'supplier'): Promise<number | null> {
  const { rows } = await client.query(`SELECT id, code::text AS code, kind::text AS kind, active FROM "Partner" WHERE code = $1::citext`, [code]);
  const p = rows[0];
  if (!p) errors[field] = `There is no supplier ${code}.`;
  else if (p.kind !== 'SUPPLIER') errors[field] = `${p.code} is a customer, not a supplier.`;
  else if (!p.active) errors[field] = `${p.code} is inactive.`;
  else return p.id;
  return null;
}

async function linesOf(client: Queryable, lines: { sku: string; quantity: string }[], errors: Errors) {
  const { rows } = await client.query(
    render(sql`SELECT i.id, i.sku::text AS sku, i.active, u.decimals FROM "Item" i JOIN "UnitOfMeasure" u ON u.code = i."unitCode"
      WHERE i.sku = ANY(${lines.map((l) => l.sku)}::citext[])`),
  );
  const items = new Map(rows.map((r) => [String(r.sku).toUpperCase(), r as { id: number; sku: string; active: boolean; decimals: number }]));
  return lines.map((line, i) => {
    const item = items.get(line.sku.toUpperCase());
    if (!item) errors[`lines.${i}.sku`] = `There is no item ${line.sku}.`;
    else if (!item.active) errors[`lines.${i}.sku`] = `${item.sku} is inactive.`;
    const q = parseQuantity(line.quantity, item?.decimals ?? 6);
    if (!q.ok) errors[`lines.${i}.quantity`] = q.reason;
    else if (q.value <= 0n) errors[`lines.${i}.quantity`] = 'Enter a quantity above zero.';
    return { itemId: item?.id ?? 0, quantity: q.ok ? toDb(q.value) : '0' };
  });
}

export const refuseFields = (errors: Errors) => {
  const fields = Object.keys(errors);
  if (fields.length) throw new DomainError('INVALID_INPUT', fields.length > 1 ? 'Check the highlighted fields.' : errors[fields[0]], errors);
};

/** Inserts an order and its lines inside the caller's transaction; answers its number. */
export async function insertPurchaseOrder(
  client: Queryable,
  actor: Actor,
  order: { supplierId: number; status: 'DRAFT' | 'PLACED'; note?: string | null; idempotencyKey?: string | null; requestHash?: string | null },
  lines: { itemId: number; quantity: string; unitPrice: string; expectedAt: Date | null }[],
): Promise<string> {
  const number = purchaseOrderNumber(await nextSequenceValue(client, PURCHASE_ORDER_SEQUENCE));
  const { rows } = await client.query(
    render(sql`INSERT INTO "PurchaseOrder" (number, "supplierId", status, note, "departmentId", "createdById", "placedAt", "idempotencyKey", "requestHash")
      VALUES (${number}, ${order.supplierId}, ${order.status}::"PurchaseOrderStatus", ${order.note ?? null}, ${actor.departmentId}, ${actor.id},
        ${order.status === 'PLACED' ? sql`now()` : sql`NULL`}, ${order.idempotencyKey ?? null}, ${order.requestHash ?? null})
      RETURNING id`),
  );
  await client.query(
    render(sql`INSERT INTO "PurchaseOrderLine" ("orderId", position, "itemId", quantity, "unitPrice", "expectedAt")
      SELECT ${rows[0].id}, t.n, t.item, t.quantity, t.price, t.expected
      FROM unnest(${lines.map((l) => l.itemId)}::int[], ${lines.map((l) => l.quantity)}::numeric[], ${lines.map((l) => l.unitPrice)}::numeric[],
        ${lines.map((l) => l.expectedAt?.toISOString() ?? null)}::timestamptz[]) WITH ORDINALITY AS t(item, quantity, price, expected, n)`),
  );
  return number;
}

export async function createPurchaseOrder(actor: Actor, input: unknown): Promise<CreatedPurchaseOrder> {
  requirePluginPermission(actor, 'purchasing.manage');
  const data = parseInput(createPurchaseOrderSchema, input);
  const key = data.idempotencyKey;
  const hash = requestHash('purchase_order', data);
  const first = await replayOf(pool(), actor, key, hash);
  if (first) return first;
  try {
    return await inTransaction(async (client) => {
      const errors: Errors = {};
      const supplierId = await supplierOf(client, data.supplier, errors);
      const items = await linesOf(client, data.lines, errors);
      refuseFields(errors);
      const lines = items.map((l, i) => ({ ...l, unitPrice: data.lines[i].unitPrice, expectedAt: data.lines[i].expectedAt ?? null }));
      const number = await insertPurchaseOrder(
        client,
        actor,
        { supplierId: supplierId!, status: data.status === 'draft' ? 'DRAFT' : 'PLACED', note: data.note, idempotencyKey: key, requestHash: key ? hash : null },
        lines,
      );
      return { number, replayed: false };
    });
  } catch (e) {
    // Two requests with one key at once: the second waited on the first's key and answers its order.
    if (pgCode(e) === '23505' && String((e as { constraint?: string }).constraint).includes('idempotencyKey')) {
      const replay = await replayOf(pool(), actor, key, hash);
      if (replay) return replay;
    }
    throw e;
  }
}
