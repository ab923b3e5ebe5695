// One sales order the actor may see (else "not found"): its customer, status
// and lines with what was ordered, delivered and is still open, and the serial
// numbers delivered against each line (from committed scan sessions that were
// not rolled back).
import { pool } from '../db/pool';
import { render, sql } from '../db/sql';
import { notFound } from '../errors';
import { formatQuantity, fromDb } from '../inventory/quantity';
import { requirePermission, type Actor } from '../roles/actor';
import { salesOrderScope } from '../scope/sales-scope';
import { summaryColumns, summaryJoins, summaryOf, type SalesOrderSummary } from './sales-order-view';

export interface SalesOrderLineView {
  position: number;
  sku: string;
  name: string;
  unit: string;
  /** Quantities in the item's unit, as text with its decimal places ("25", "1.50"). */
  quantity: string;
  delivered: string;
  /** What is still to deliver (never below zero). */
  open: string;
  serials: string[];
}

export interface SalesOrderDetail extends Omit<SalesOrderSummary, 'lines'> {
  note: string | null;
  createdBy: string;
  lines: SalesOrderLineView[];
}

export async function getSalesOrder(actor: Actor, number: string): Promise<SalesOrderDetail> {
  requirePermission(actor, 'sales.view');
  const wanted = String(number ?? '').trim().slice(0, 40);
  const { rows } = await pool().query(
    render(sql`SELECT ${summaryColumns}, o.note, u.name AS created_by
      FROM "SalesOrder" o ${summaryJoins} JOIN "User" u ON u.id = o."createdById"
      WHERE o.number = ${wanted}::citext AND ${salesOrderScope(actor, 'o')}`),
  );
  const o = rows[0];
  if (!o) throw notFound(`Sales order ${wanted}`);
  const lines = await pool().query(
    render(sql`SELECT l.position, i.sku::text AS sku, i.name, u.code AS unit, u.decimals, l.quantity::text AS quantity, l.delivered::text AS delivered,
        COALESCE((SELECT array_agg(s.serial::text ORDER BY sl.id)
          FROM "ScanLine" sl
          JOIN "ScanSession" ss ON ss.id = sl."sessionId" AND ss."rolledBackAt" IS NULL
          JOIN "SerialUnit" s ON s.id = sl."serialId"
          WHERE sl."salesOrderLineId" = l.id), '{}') AS serials
      FROM "SalesOrderLine" l JOIN "Item" i ON i.id = l."itemId" JOIN "UnitOfMeasure" u ON u.code = i."unitCode"
      WHERE l."orderId" = ${o.id} ORDER BY l.position`),
  );
  const { lines: _count, ...summary } = summaryOf(o);
  return {
    ...summary,
    note: o.note,
    createdBy: o.created_by,
    lines: lines.rows.map((l) => {
      const quantity = fromDb(l.quantity);
      const delivered = fromDb(l.delivered);
      const open = quantity > delivered ? quantity - delivered : 0n;
      return {
        position: l.position,
        sku: l.sku,
        name: l.name,
        unit: l.unit,
        quantity: formatQuantity(quantity, l.decimals),
        delivered: formatQuantity(delivered, l.decimals),
        open: formatQuantity(open, l.decimals),
        serials: l.serials,
      };
    }),
  };
}
