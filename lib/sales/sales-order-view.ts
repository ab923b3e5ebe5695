// How a sales order leaves the domain (list, detail, scan dropdown alike).
import { sql, type Sql } from '../db/sql';
import { SALES_ORDER_STATUS_API, type SalesOrderStatus, type SalesOrderStatusApi } from './sales-order-status';

export interface SalesOrderSummary {
  number: string;
  partner: { code: string; name: string };
  status: SalesOrderStatusApi;
  /** When the customer expects it (a day is midnight UTC); null when not agreed yet. */
  expectedAt: string | null;
  department: string;
  createdAt: string;
  /** Lines on the order, and those with something still to deliver. */
  lines: number;
  openLines: number;
}

/** Dates are stored without a zone, in UTC. */
export const utc = (column: Sql) => sql`(${column} AT TIME ZONE 'UTC')`;

export const iso = (value: Date | string | null): string | null => (value ? new Date(value).toISOString() : null);

/** The summary's columns for sales order `o`; needs `summaryJoins` in FROM. */
export const summaryColumns = sql`o.id, o.number::text AS number, p.code::text AS partner_code, p.name AS partner_name, o.status::text AS status,
  ${utc(sql`o."expectedAt"`)} AS expected_at, d.name AS department, ${utc(sql`o."createdAt"`)} AS created_at,
  (SELECT count(*)::int FROM "SalesOrderLine" l WHERE l."orderId" = o.id) AS line_count,
  (SELECT count(*)::int FROM "SalesOrderLine" l WHERE l."orderId" = o.id AND l.delivered < l.quantity) AS open_lines`;

export const summaryJoins = sql`JOIN "Partner" p ON p.id = o."partnerId" JOIN "Department" d ON d.id = o."departmentId"`;

export function summaryOf(r: Record<string, any>): SalesOrderSummary {
  return {
    number: r.number,
    partner: { code: r.partner_code, name: r.partner_name },
    status: SALES_ORDER_STATUS_API[r.status as SalesOrderStatus],
    expectedAt: iso(r.expected_at),
    department: r.department,
    createdAt: iso(r.created_at)!,
    lines: r.line_count,
    openLines: r.open_lines,
  };
}
