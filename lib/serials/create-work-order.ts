// A lead opens a work order for a serial-tracked product: it gets the next
// WO-number, and its serial numbers are made at once (from the product's
// pattern), each In Production at the first stage with a "created" event, all
// in one transaction and set-based, so 10,000 serials are one statement.
// An Idempotency-Key makes a retry answer the first order; the same key with
// another request is a conflict.
import { pool } from '../db/pool';
import { render, sql } from '../db/sql';
import { inTransaction, pgCode, type SqlClient } from '../db/transaction';
import { DomainError, invalid } from '../errors';
import { requestHash } from '../inventory/movement-input';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { allocateSerials } from './allocate-serials';
import { nextSequenceValue } from './sequence';
import { createWorkOrderSchema } from './work-order-schemas';
import { checkAssignees, placeWorkOrder } from './work-order-placement';

export interface CreatedWorkOrder {
  number: string;
  serials: string[];
  /** True when an Idempotency-Key repeat was answered with the first order. */
  replayed: boolean;
}

export const WORK_ORDER_SEQUENCE = 'work-order';
export const workOrderNumber = (n: number) => `WO-${String(n).padStart(6, '0')}`;

type Queryable = Pick<SqlClient, 'query'>;

async function replayOf(client: Queryable, actor: Actor, key: string | null, hash: string): Promise<CreatedWorkOrder | null> {
  if (!key) return null;
  const { rows } = await client.query(`SELECT id, number, "requestHash" FROM "WorkOrder" WHERE "createdById" = $1 AND "idempotencyKey" = $2`, [actor.id, key]);
  if (!rows[0]) return null;
  if (rows[0].requestHash !== hash) throw new DomainError('CONFLICT', 'This idempotency key was already used for a different request.');
  const serials = await client.query(`SELECT serial::text AS serial FROM "SerialUnit" WHERE "workOrderId" = $1 ORDER BY id`, [rows[0].id]);
  return { number: rows[0].number, serials: serials.rows.map((r) => r.serial), replayed: true };
}

/** The product, read FOR SHARE so a stage edit (product-stages.ts) waits for this order and vice versa. */
async function productFor(client: Queryable, sku: string) {
  const { rows } = await client.query(
    render(sql`SELECT i.id, i.sku::text AS sku, i.active, i."serialPattern" AS "serialPattern", k."serialTracked" AS "serialTracked", k.name AS "kindName",
        (SELECT json_build_object('id', st.id, 'name', st.name) FROM "ProductStage" st WHERE st."itemId" = i.id ORDER BY st.position LIMIT 1) AS "firstStage"
      FROM "Item" i JOIN "ItemKind" k ON k.code = i."kindCode" WHERE i.sku = ${sku}::citext FOR SHARE OF i`),
  );
  const p = rows[0];
  if (!p) throw invalid('product', `There is no product ${sku}.`);
  if (!p.serialTracked) throw invalid('product', `${p.sku} is of kind ${p.kindName}, which is not serial-tracked.`);
  if (!p.active) throw invalid('product', `${p.sku} is inactive.`);
  if (!p.firstStage) throw invalid('product', `${p.sku} has no stages yet; an Admin sets them under Admin › Items.`);
  return p as { id: number; sku: string; serialPattern: string | null; firstStage: { id: number; name: string } };
}

export async function createWorkOrder(actor: Actor, input: unknown): Promise<CreatedWorkOrder> {
  requirePermission(actor, 'workorders.manage');
  const data = parseInput(createWorkOrderSchema, input);
  const key = data.idempotencyKey;
  const hash = requestHash('work_order', data);
  const first = await replayOf(pool(), actor, key, hash);
  if (first) return first;
  try {
    return await inTransaction(async (client) => {
      const product = await productFor(client, data.product);
      const placement = await placeWorkOrder(client, actor, data.team);
      const assignees = await checkAssignees(client, placement, data.assigneeIds);
      const number = workOrderNumber(await nextSequenceValue(client, WORK_ORDER_SEQUENCE));
      const { rows } = await client.query(
        render(sql`INSERT INTO "WorkOrder" (number, "itemId", quantity, "dueAt", "departmentId", "teamId", note, "createdById", "idempotencyKey", "requestHash")
          VALUES (${number}, ${product.id}, ${data.quantity}, ${data.dueAt?.toISOString() ?? null}::timestamptz AT TIME ZONE 'UTC',
            ${placement.departmentId}, ${placement.teamId}, ${data.note}, ${actor.id}, ${key}, ${key ? hash : null})
          RETURNING id`),
      );
      const workOrderId: number = rows[0].id;
      if (assignees.length) {
        await client.query(render(sql`INSERT INTO "WorkOrderAssignee" ("workOrderId", "userId") SELECT ${workOrderId}, unnest(${assignees}::int[])`));
      }
      const serials = await allocateSerials(client, product, data.quantity);
      await insertSerials(client, actor, { ...placement, itemId: product.id, workOrderId, stage: product.firstStage }, serials);
      return { number, serials, replayed: false };
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

async function insertSerials(
  client: Queryable,
  actor: Actor,
  order: { itemId: number; workOrderId: number; departmentId: number; teamId: number | null; stage: { id: number; name: string } },
  serials: string[],
): Promise<void> {
  try {
    await client.query(
      render(sql`WITH made AS (
          INSERT INTO "SerialUnit" (serial, "itemId", "workOrderId", "departmentId", "teamId", status, "stageId", iteration)
          SELECT t.serial, ${order.itemId}, ${order.workOrderId}, ${order.departmentId}, ${order.teamId}, 'IN_PRODUCTION', ${order.stage.id}, 0
          FROM unnest(${serials}::text[]) WITH ORDINALITY AS t(serial, n) ORDER BY t.n
          RETURNING id)
        INSERT INTO "SerialEvent" ("serialId", "actorId", action, "toStatus", "toStage", iteration)
        SELECT id, ${actor.id}, 'created', 'IN_PRODUCTION', ${order.stage.name}, 0 FROM made`),
    );
  } catch (e) {
    // Two products whose patterns render alike except for the padding could meet; the unique index has the last word.
    if (pgCode(e) === '23505' && String((e as { constraint?: string }).constraint).includes('serial')) {
      throw invalid('product', 'A serial number from this product’s pattern already exists; an Admin should give the product a pattern of its own.');
    }
    throw e;
  }
}
