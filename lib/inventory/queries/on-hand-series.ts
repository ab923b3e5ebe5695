// Daily closing on-hand of one item over the last N days, recomputed from the
// ledger (own stock, every status, the actor's sites only) for the item page's chart.
import { z } from 'zod';
import { db } from '../../db/client';
import { pool } from '../../db/pool';
import { empty, render, sql } from '../../db/sql';
import { notFound } from '../../errors';
import { requirePermission, type Actor } from '../../roles/actor';
import { siteDepartmentFilter } from '../../scope/site-scope';
import { parseInput } from '../../validation';
import { formatQuantity, fromDb } from '../quantity';
import { inDepartmentSites } from '../../scope/department-sites-sql';

export const onHandSeriesSchema = z.object({
  sku: z.string().trim().min(1, 'Enter a SKU.').max(64),
  days: z.coerce.number().int().min(2, 'At least 2 days.').max(366, 'At most 366 days.').default(30),
});

export interface OnHandPoint {
  /** Calendar day (database time zone), YYYY-MM-DD. */
  day: string;
  /** On hand at the end of that day (today: so far). */
  onHand: string;
}

export async function onHandSeries(actor: Actor, input: unknown): Promise<{ sku: string; unit: string; points: OnHandPoint[] }> {
  requirePermission(actor, 'inventory.view');
  const f = parseInput(onHandSeriesSchema, input);
  const item = await db().item.findUnique({ where: { sku: f.sku }, include: { unit: true } });
  if (!item) throw notFound(`Item ${f.sku}`);
  const dept = siteDepartmentFilter(actor);
  // Same day boundaries as postedAt (written by the database clock): opening balance before the window, then one delta per day.
  const mine = sql`e."itemId" = ${item.id} AND bt."ownerId" IS NULL
    ${dept !== null ? sql`AND ${inDepartmentSites(sql`l."siteId"`, dept)}` : empty}`;
  const { rows } = await pool().query(
    render(sql`
      WITH bounds AS (SELECT (current_date - ${f.days - 1}::int) AS first_day),
      days AS (SELECT d::date AS day FROM bounds, generate_series(bounds.first_day, current_date, interval '1 day') d),
      opening AS (
        SELECT coalesce(sum(e.quantity), 0) AS q FROM "LedgerEntry" e
        JOIN "Batch" bt ON bt.id = e."batchId" JOIN "Location" l ON l.id = e."locationId", bounds
        WHERE ${mine} AND e."postedAt" < bounds.first_day),
      deltas AS (
        SELECT e."postedAt"::date AS day, sum(e.quantity) AS q FROM "LedgerEntry" e
        JOIN "Batch" bt ON bt.id = e."batchId" JOIN "Location" l ON l.id = e."locationId", bounds
        WHERE ${mine} AND e."postedAt" >= bounds.first_day
        GROUP BY 1)
      SELECT to_char(days.day, 'YYYY-MM-DD') AS day,
             (opening.q + sum(coalesce(deltas.q, 0)) OVER (ORDER BY days.day))::text AS on_hand
      FROM days CROSS JOIN opening LEFT JOIN deltas ON deltas.day = days.day
      ORDER BY days.day`),
  );
  return {
    sku: item.sku,
    unit: item.unit.code,
    points: rows.map((r) => ({ day: r.day, onHand: formatQuantity(fromDb(r.on_hand), item.unit.decimals) })),
  };
}
