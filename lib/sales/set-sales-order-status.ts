// A planner completes, reopens or cancels a sales order they may see (rules in
// sales-order-status.ts). The order and its lines are locked first, so a scan
// delivering against it at the same moment lands either before the check (and
// cancelling is refused) or after (and finds the order no longer open).
import { render, sql } from '../db/sql';
import { inTransaction } from '../db/transaction';
import { invalid, notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { salesOrderScope } from '../scope/sales-scope';
import { parseInput } from '../validation';
import { setSalesOrderStatusSchema } from './sales-order-schemas';
import { decideSalesOrderStatusChange, salesOrderStatusFromApi, SALES_ORDER_STATUS_API, type SalesOrderStatus, type SalesOrderStatusApi } from './sales-order-status';

export async function setSalesOrderStatus(actor: Actor, input: unknown): Promise<{ number: string; status: SalesOrderStatusApi }> {
  requirePermission(actor, 'sales.manage');
  const data = parseInput(setSalesOrderStatusSchema, input);
  const to = salesOrderStatusFromApi(data.status)!;
  return inTransaction(async (client) => {
    const { rows } = await client.query(
      render(sql`SELECT o.id, o.number::text AS number, o.status::text AS status FROM "SalesOrder" o
        WHERE o.number = ${data.number}::citext AND ${salesOrderScope(actor, 'o')} FOR UPDATE OF o`),
    );
    const order = rows[0] as { id: number; number: string; status: SalesOrderStatus } | undefined;
    if (!order) throw notFound(`Sales order ${data.number}`);
    const tally = await client.query(
      `SELECT count(*) FILTER (WHERE delivered > 0)::int AS delivered
       FROM (SELECT delivered FROM "SalesOrderLine" WHERE "orderId" = $1 ORDER BY id FOR UPDATE) l`,
      [order.id],
    );
    const decision = decideSalesOrderStatusChange(order.status, to, tally.rows[0].delivered);
    if (!decision.ok) throw invalid('status', decision.reason);
    await client.query(`UPDATE "SalesOrder" SET status = $2::"SalesOrderStatus" WHERE id = $1`, [order.id, to]);
    return { number: order.number, status: SALES_ORDER_STATUS_API[to] };
  });
}
