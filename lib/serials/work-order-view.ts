// How a work order leaves the domain (list and detail alike): the order with
// its product, place and status, and its serials counted per status, counting
// only serials the actor may see.
import { sql, type Sql } from '../db/sql';
import type { Actor } from '../roles/actor';
import { serialScope } from '../scope/serial-scope';
import { WORK_ORDER_STATUS_API, type WorkOrderStatus, type WorkOrderStatusApi } from './work-order-status';

export interface SerialCounts {
  inProduction: number;
  inStock: number;
  delivered: number;
  scrapped: number;
}

export interface WorkOrderSummary {
  number: string;
  product: string;
  productName: string;
  quantity: number;
  dueAt: string | null;
  department: string;
  team: string | null;
  status: WorkOrderStatusApi;
  createdAt: string;
  /** Its serials per status. */
  counts: SerialCounts;
}

/** Dates are stored without a zone, in UTC. */
export const utc = (column: Sql) => sql`(${column} AT TIME ZONE 'UTC')`;

/**
 * The summary's columns for work order `w` (any relation with "WorkOrder"'s
 * columns); needs `summaryJoins` in FROM.
 */
export const summaryColumns = (actor: Actor): Sql => sql`w.id, w.number::text AS number, i.sku::text AS sku, i.name AS product_name, w.quantity,
  ${utc(sql`w."dueAt"`)} AS due_at, d.name AS department, t.name AS team, w.status, ${utc(sql`w."createdAt"`)} AS created_at,
  (SELECT json_build_object(
      'inProduction', count(*) FILTER (WHERE s.status = 'IN_PRODUCTION'),
      'inStock', count(*) FILTER (WHERE s.status = 'IN_STOCK'),
      'delivered', count(*) FILTER (WHERE s.status = 'DELIVERED'),
      'scrapped', count(*) FILTER (WHERE s.status = 'SCRAPPED'))
   FROM "SerialUnit" s WHERE s."workOrderId" = w.id AND ${serialScope(actor, 's')}) AS counts`;

export const summaryJoins = sql`JOIN "Item" i ON i.id = w."itemId" JOIN "Department" d ON d.id = w."departmentId" LEFT JOIN "Team" t ON t.id = w."teamId"`;

export function summaryOf(r: Record<string, any>): WorkOrderSummary {
  return {
    number: r.number,
    product: r.sku,
    productName: r.product_name,
    quantity: r.quantity,
    dueAt: r.due_at ? new Date(r.due_at).toISOString() : null,
    department: r.department,
    team: r.team,
    status: WORK_ORDER_STATUS_API[r.status as WorkOrderStatus],
    createdAt: new Date(r.created_at).toISOString(),
    counts: r.counts,
  };
}
