// A lead moves a work order they may see between open, in progress, completed
// and cancelled (rules in work-order-status.ts). Cancelling scraps the serials
// still in production, each with a lifecycle event, so no unit of a cancelled
// order counts as being made; it is refused once any serial has entered stock.
// The order's serials are locked first, so a QA approval running at the same
// moment either lands before the check (and cancelling is refused) or after
// (and finds its serial scrapped).
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { render, sql, type Sql } from '../db/sql';
import { invalid, notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { workOrderScope } from '../scope/serial-scope';
import { parseInput } from '../validation';
import { setWorkOrderStatusSchema } from './work-order-schemas';
import { decideStatusChange, workOrderStatusFromApi, type WorkOrderStatus } from './work-order-status';

type Tx = Prisma.TransactionClient;

const query = <T>(tx: Tx, q: Sql) => {
  const { text, values } = render(q);
  return tx.$queryRawUnsafe<T[]>(text, ...values);
};

export async function setWorkOrderStatus(actor: Actor, input: unknown): Promise<{ number: string; status: WorkOrderStatus; scrapped: number }> {
  requirePermission(actor, 'workorders.manage');
  const data = parseInput(setWorkOrderStatusSchema, input);
  const to = workOrderStatusFromApi(data.status)!;
  return db().$transaction(async (tx) => {
    const [order] = await query<{ id: number; number: string; status: WorkOrderStatus }>(
      tx,
      sql`SELECT w.id, w.number::text AS number, w.status::text AS status FROM "WorkOrder" w
        WHERE w.number = ${data.number}::citext AND ${workOrderScope(actor, 'w')} FOR UPDATE OF w`,
    );
    if (!order) throw notFound(`Work order ${data.number}`);
    const [tally] = await query<{ inProduction: number; enteredStock: number }>(
      tx,
      sql`SELECT count(*) FILTER (WHERE status = 'IN_PRODUCTION')::int AS "inProduction",
          count(*) FILTER (WHERE status IN ('IN_STOCK', 'DELIVERED') OR "batchId" IS NOT NULL)::int AS "enteredStock"
        FROM (SELECT status, "batchId" FROM "SerialUnit" WHERE "workOrderId" = ${order.id} ORDER BY id FOR UPDATE) s`,
    );
    const decision = decideStatusChange(order.status, to, tally);
    if (!decision.ok) throw invalid('status', decision.reason);
    let scrapped = 0;
    if (to === 'CANCELLED') scrapped = await scrapUnfinished(tx, actor, order);
    await tx.workOrder.update({ where: { id: order.id }, data: { status: to } });
    await recordAuditEvent(tx, actor, { action: 'workorder.status', entity: 'WorkOrder', entityId: order.id, before: { status: order.status }, after: { status: to, scrapped } });
    return { number: order.number, status: to, scrapped };
  });
}

async function scrapUnfinished(tx: Tx, actor: Actor, order: { id: number; number: string }): Promise<number> {
  const rows = await query<{ n: number }>(
    tx,
    sql`WITH done AS (
        UPDATE "SerialUnit" s SET status = 'SCRAPPED', "updatedAt" = now()
        FROM (SELECT id, "stageId" FROM "SerialUnit" WHERE "workOrderId" = ${order.id} AND status = 'IN_PRODUCTION') old
        LEFT JOIN "ProductStage" st ON st.id = old."stageId"
        WHERE s.id = old.id
        RETURNING s.id, s.iteration, st.name AS stage),
      events AS (
        INSERT INTO "SerialEvent" ("serialId", "actorId", action, "fromStatus", "toStatus", "fromStage", "toStage", iteration, note)
        SELECT id, ${actor.id}, 'cancelled', 'IN_PRODUCTION', 'SCRAPPED', stage, stage, iteration, ${`Work order ${order.number} cancelled.`} FROM done
        RETURNING 1)
      SELECT count(*)::int AS n FROM events`,
  );
  return rows[0].n;
}
