// What the sales logging scan screen offers to deliver against: open orders
// the actor may see that have an expected date and something left to deliver,
// grouped by customer (by name), soonest expected first within each.
import { pool } from '../db/pool';
import { render, sql } from '../db/sql';
import { requirePermission, type Actor } from '../roles/actor';
import { salesOrderScope } from '../scope/sales-scope';
import { iso, utc } from './sales-order-view';

export interface ActiveSalesOrder {
  number: string;
  expectedAt: string;
  /** Lines with something still to deliver. */
  openLines: number;
  note: string | null;
}

export interface ActiveOrdersOfPartner {
  partner: { code: string; name: string };
  orders: ActiveSalesOrder[];
}

/** Enough for a dropdown; a site with more open orders than this needs a search, not a list. */
export const ACTIVE_ORDERS_MAX = 1000;

export async function listActiveOrdersForScanning(actor: Actor): Promise<ActiveOrdersOfPartner[]> {
  // Scanning is its own capability (scan.use); an operator picks from the orders of their department.
  requirePermission(actor, 'scan.use');
  const { rows } = await pool().query(
    render(sql`SELECT o.number::text AS number, ${utc(sql`o."expectedAt"`)} AS expected_at, o.note, p.code::text AS partner_code, p.name AS partner_name,
        (SELECT count(*)::int FROM "SalesOrderLine" l WHERE l."orderId" = o.id AND l.delivered < l.quantity) AS open_lines
      FROM "SalesOrder" o JOIN "Partner" p ON p.id = o."partnerId"
      WHERE o.status = 'OPEN' AND o."expectedAt" IS NOT NULL AND ${salesOrderScope(actor, 'o')}
        AND EXISTS (SELECT 1 FROM "SalesOrderLine" l WHERE l."orderId" = o.id AND l.delivered < l.quantity)
      ORDER BY p.name, p.code, o."expectedAt", o.number
      LIMIT ${ACTIVE_ORDERS_MAX}`),
  );
  const groups: ActiveOrdersOfPartner[] = [];
  for (const r of rows) {
    let group = groups.at(-1);
    if (!group || group.partner.code !== r.partner_code) groups.push((group = { partner: { code: r.partner_code, name: r.partner_name }, orders: [] }));
    group.orders.push({ number: r.number, expectedAt: iso(r.expected_at)!, openLines: r.open_lines, note: r.note });
  }
  return groups;
}
