// A planner opens a sales order for a customer: the next SO-number, the
// department that ships it (the creator's; an Admin may name another), and its
// lines, one per item, each checked against the item (exists, active, quantity
// above zero in the item's unit). Every refusal names its field (`partner`,
// `lines.1.quantity`, ...), all of them at once, and takes no number.
// An Idempotency-Key makes a retry answer the first order; the same key with
// another request is a conflict.
import { pool } from '../db/pool';
import { render, sql } from '../db/sql';
import { inTransaction, pgCode, type SqlClient } from '../db/transaction';
import { DomainError } from '../errors';
import { requestHash } from '../inventory/movement-input';
import { parseQuantity, toDb } from '../inventory/quantity';
import { requirePermission, type Actor } from '../roles/actor';
import { nextSequenceValue } from '../serials/sequence';
import { parseInput } from '../validation';
import { createSalesOrderSchema } from './sales-order-schemas';

export interface CreatedSalesOrder {
  number: string;
  /** True when an Idempotency-Key repeat was answered with the first order. */
  replayed: boolean;
}

export const SALES_ORDER_SEQUENCE = 'sales-order';
export const salesOrderNumber = (n: number) => `SO-${String(n).padStart(6, '0')}`;

type Queryable = Pick<SqlClient, 'query'>;
type Errors = Record<string, string>;

async function replayOf(client: Queryable, actor: Actor, key: string | null, hash: string): Promise<CreatedSalesOrder | null> {
  if (!key) return null;
  const { rows } = await client.query(`SELECT number::text AS number, "requestHash" FROM "SalesOrder" WHERE "createdById" = $1 AND "idempotencyKey" = $2`, [actor.id, key]);
  if (!rows[0]) return null;
  if (rows[0].requestHash !== hash) throw new DomainError('CONFLICT', 'This idempotency key was already used for a different request.');
  return { number: rows[0].number, replayed: true };
}

async function customerOf(client: Queryable, code: string, errors: Errors): Promise<number | null> {
  const { rows } = await client.query(`SELECT id, code::text AS code, kind::text AS kind, active FROM "Partner" WHERE code = $1::citext`, [code]);
  const p = rows[0];
  if (!p) errors.partner = `There is no customer ${code}.`;
  else if (p.kind !== 'CUSTOMER') errors.partner = `${p.code} is a supplier, not a customer.`;
  else if (!p.active) errors.partner = `${p.code} is inactive.`;
  else return p.id;
  return null;
}

async function departmentOf(client: Queryable, actor: Actor, wanted: number | null, errors: Errors): Promise<number> {
  if (wanted === null || wanted === actor.departmentId) return actor.departmentId;
  if (actor.role !== 'ADMIN') {
    errors.departmentId = 'You can open sales orders for your own department only.';
    return actor.departmentId;
  }
  const { rows } = await client.query(`SELECT id FROM "Department" WHERE id = $1 AND "archivedAt" IS NULL`, [wanted]);
  if (!rows[0]) errors.departmentId = 'There is no such active department.';
  return wanted;
}

/** Each line's item and quantity in millionths; problems go to `lines.N.sku` / `lines.N.quantity`. */
async function linesOf(client: Queryable, lines: { sku: string; quantity: string }[], errors: Errors) {
  const { rows } = await client.query(
    render(sql`SELECT i.id, i.sku::text AS sku, i.active, u.decimals, u.code AS unit
      FROM "Item" i JOIN "UnitOfMeasure" u ON u.code = i."unitCode"
      WHERE i.sku = ANY(${lines.map((l) => l.sku)}::citext[])`),
  );
  const items = new Map(rows.map((r) => [String(r.sku).toUpperCase(), r as { id: number; sku: string; active: boolean; decimals: number; unit: string }]));
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

export async function createSalesOrder(actor: Actor, input: unknown): Promise<CreatedSalesOrder> {
  requirePermission(actor, 'sales.manage');
  const data = parseInput(createSalesOrderSchema, input);
  const key = data.idempotencyKey;
  const hash = requestHash('sales_order', data);
  const first = await replayOf(pool(), actor, key, hash);
  if (first) return first;
  try {
    return await inTransaction(async (client) => {
      const errors: Errors = {};
      const partnerId = await customerOf(client, data.partner, errors);
      const departmentId = await departmentOf(client, actor, data.departmentId, errors);
      const lines = await linesOf(client, data.lines, errors);
      const fields = Object.keys(errors);
      if (fields.length) throw new DomainError('INVALID_INPUT', fields.length > 1 ? 'Check the highlighted fields.' : errors[fields[0]], errors);
      const number = salesOrderNumber(await nextSequenceValue(client, SALES_ORDER_SEQUENCE));
      const { rows } = await client.query(
        render(sql`INSERT INTO "SalesOrder" (number, "partnerId", "departmentId", "expectedAt", note, "createdById", "idempotencyKey", "requestHash")
          VALUES (${number}, ${partnerId}, ${departmentId}, ${data.expectedAt?.toISOString() ?? null}::timestamptz AT TIME ZONE 'UTC',
            ${data.note}, ${actor.id}, ${key}, ${key ? hash : null})
          RETURNING id`),
      );
      await client.query(
        render(sql`INSERT INTO "SalesOrderLine" ("orderId", position, "itemId", quantity)
          SELECT ${rows[0].id}, t.n, t.item, t.quantity
          FROM unnest(${lines.map((l) => l.itemId)}::int[], ${lines.map((l) => l.quantity)}::numeric[]) WITH ORDINALITY AS t(item, quantity, n)`),
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
