// Planning a production lot: the next LOT-number, the product's latest BOM
// version, a quantity in the product's unit, in the planner's department.
// An Idempotency-Key makes a retry answer the first lot; the same key with
// another request is a conflict.
import { pool } from '../../../lib/db/pool';
import { render, sql } from '../../../lib/db/sql';
import { inTransaction, pgCode, type SqlClient } from '../../../lib/db/transaction';
import { DomainError, invalid } from '../../../lib/errors';
import { requestHash } from '../../../lib/inventory/movement-input';
import { parseQuantity, toDb } from '../../../lib/inventory/quantity';
import { requirePluginPermission } from '../../../lib/plugins';
import type { Actor } from '../../../lib/roles/actor';
import { workOrderScope } from '../../../lib/scope/serial-scope';
import { nextSequenceValue } from '../../../lib/serials/sequence';
import { WORK_ORDER_QUANTITY_MAX } from '../../../lib/serials/work-order-schemas';
import { parseInput } from '../../../lib/validation';
import { createLotSchema } from './lot-schemas';

export interface CreatedLot {
  number: string;
  /** True when an Idempotency-Key repeat was answered with the first lot. */
  replayed: boolean;
}

export const LOT_SEQUENCE = 'production-lot';
/** With quantities per unit of at most 100,000, every allocation fits the ledger's numeric(20, 6). */
export const LOT_QUANTITY_MAX = 1_000_000n;
export const lotNumber = (n: number) => `LOT-${String(n).padStart(6, '0')}`;

type Queryable = Pick<SqlClient, 'query'>;

async function replayOf(client: Queryable, actor: Actor, key: string | null, hash: string): Promise<CreatedLot | null> {
  if (!key) return null;
  const { rows } = await client.query(`SELECT number::text AS number, "requestHash" FROM "ProductionLot" WHERE "createdById" = $1 AND "idempotencyKey" = $2`, [actor.id, key]);
  if (!rows[0]) return null;
  if (rows[0].requestHash !== hash) throw new DomainError('CONFLICT', 'This idempotency key was already used for a different request.');
  return { number: rows[0].number, replayed: true };
}

export async function createProductionLot(actor: Actor, input: unknown): Promise<CreatedLot> {
  requirePluginPermission(actor, 'lots.manage');
  const data = parseInput(createLotSchema, input);
  if (data.issueAt && data.completionAt && data.completionAt < data.issueAt) throw invalid('completionAt', 'Completion comes after the issue date.');
  const key = data.idempotencyKey;
  const hash = requestHash('production_lot', data);
  const first = await replayOf(pool(), actor, key, hash);
  if (first) return first;
  try {
    return await inTransaction(async (client) => {
      const { rows } = await client.query(
        render(sql`SELECT i.id, i.sku::text AS sku, i.active, u.decimals, (SELECT k."serialTracked" FROM "ItemKind" k WHERE k.code = i."kindCode") AS serial_tracked,
            (SELECT b.id FROM "Bom" b WHERE b."itemId" = i.id ORDER BY b.version DESC LIMIT 1) AS bom_id
          FROM "Item" i JOIN "UnitOfMeasure" u ON u.code = i."unitCode" WHERE i.sku = ${data.product}::citext`),
      );
      const product = rows[0];
      if (!product) throw invalid('product', `There is no item ${data.product}.`);
      if (!product.active) throw invalid('product', `${product.sku} is inactive.`);
      if (!product.bom_id) throw invalid('product', `${product.sku} has no bill of materials yet; save one first.`);
      const quantity = parseQuantity(data.quantity, product.decimals);
      if (!quantity.ok) throw invalid('quantity', quantity.reason);
      if (quantity.value <= 0n) throw invalid('quantity', 'Enter a quantity above zero.');
      if (quantity.value > LOT_QUANTITY_MAX * 10n ** 6n) throw invalid('quantity', `At most ${LOT_QUANTITY_MAX.toLocaleString('en-US')} in one lot.`);
      // Completing makes one serial per unit, in one posting: whole units, as many as a work order may have.
      if (product.serial_tracked && quantity.value % 10n ** 6n !== 0n) throw invalid('quantity', `${product.sku} is serial-numbered: enter a whole number of units.`);
      if (product.serial_tracked && quantity.value > BigInt(WORK_ORDER_QUANTITY_MAX) * 10n ** 6n) {
        throw invalid('quantity', `${product.sku} is serial-numbered: at most ${WORK_ORDER_QUANTITY_MAX.toLocaleString('en-US')} units in one lot.`);
      }
      let workOrderId: number | null = null;
      if (data.workOrder) {
        const wo = await client.query(
          render(sql`SELECT w.id, w."itemId" FROM "WorkOrder" w WHERE w.number = ${data.workOrder}::citext AND ${workOrderScope(actor, 'w')}`),
        );
        if (!wo.rows[0]) throw invalid('workOrder', `There is no work order ${data.workOrder}.`);
        if (wo.rows[0].itemId !== product.id) throw invalid('workOrder', `${data.workOrder} makes another product.`);
        workOrderId = wo.rows[0].id;
      }
      const number = lotNumber(await nextSequenceValue(client, LOT_SEQUENCE));
      await client.query(
        render(sql`INSERT INTO "ProductionLot" (number, "itemId", "bomId", quantity, status, "issueAt", "completionAt", "workOrderId", "departmentId", "createdById", "idempotencyKey", "requestHash")
          VALUES (${number}, ${product.id}, ${product.bom_id}, ${toDb(quantity.value)}::numeric, 'PLANNED',
            ${data.issueAt?.toISOString() ?? null}::timestamptz AT TIME ZONE 'UTC', ${data.completionAt?.toISOString() ?? null}::timestamptz AT TIME ZONE 'UTC',
            ${workOrderId}, ${actor.departmentId}, ${actor.id}, ${key}, ${key ? hash : null})`),
      );
      return { number, replayed: false };
    });
  } catch (e) {
    // Two requests with one key at once: the second waited on the first's key and answers its lot.
    if (pgCode(e) === '23505' && String((e as { constraint?: string }).constraint).includes('idempotencyKey')) {
      const replay = await replayOf(pool(), actor, key, hash);
      if (replay) return replay;
    }
    throw e;
  }
}
