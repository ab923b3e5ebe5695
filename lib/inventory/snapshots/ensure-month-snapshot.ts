// Builds the stock snapshot (balance per lot and status) as at the start of a
// past month: the previous snapshot plus the ledger entries in between, or the
// ledger alone when there is none. Postings are never backdated, so the result
// is final; building it twice inserts nothing (advisory lock + ON CONFLICT).
// Only what differs is kept: lots at zero are not stored, and a month after one
// in which nothing was posted stores nothing at all (its balances are the
// previous snapshot's; "as of" reads start from that one).
import type pg from 'pg';
import { pool } from '../../db/pool';
import { invalid } from '../../errors';

export interface MonthSnapshotResult {
  /** YYYY-MM-DD, the first day of the month. */
  monthStart: string;
  built: boolean;
  /** Nothing was posted in the month before, so no snapshot is needed (nor stored). */
  idle: boolean;
  /** Lots with a non-zero balance stored for the month (0 when it already existed). */
  rows: number;
  /** The snapshot it was built from; null when built from the whole ledger. */
  from: string | null;
}

/**
 * Only months before the current one: a posting whose transaction began just before
 * a month started may commit just after, so the current month's start is not final yet.
 */
export async function ensureMonthSnapshot(monthStart: Date | string): Promise<MonthSnapshotResult> {
  const c = await pool().connect();
  try {
    await c.query('BEGIN');
    const month = await checkedMonth(c, monthStart);
    // One builder per month; a second caller waits here, then finds the rows.
    await c.query(`SELECT pg_advisory_xact_lock(hashtextextended('StockSnapshot ' || $1, 0))`, [month]);
    const existing = await c.query(`SELECT 1 FROM "StockSnapshot" WHERE "monthStart" = $1::timestamp LIMIT 1`, [month]);
    if (existing.rowCount) {
      await c.query('COMMIT');
      return { monthStart: month, built: false, idle: false, rows: 0, from: null };
    }
    const posted = await c.query(`SELECT 1 FROM "LedgerEntry" WHERE "postedAt" >= $1::timestamp - interval '1 month' AND "postedAt" < $1::timestamp LIMIT 1`, [month]);
    if (!posted.rowCount) {
      await c.query('COMMIT');
      return { monthStart: month, built: false, idle: true, rows: 0, from: null };
    }
    const base = (await c.query(`SELECT max("monthStart")::date::text AS m FROM "StockSnapshot" WHERE "monthStart" < $1::timestamp`, [month])).rows[0].m as string | null;
    const inserted = await c.query(
      `INSERT INTO "StockSnapshot" ("monthStart", "itemId", "locationId", "batchId", status, quantity)
       SELECT $1::timestamp, x."itemId", x."locationId", x."batchId", x.status, sum(x.quantity)
       FROM (SELECT s."itemId", s."locationId", s."batchId", s.status, s.quantity FROM "StockSnapshot" s WHERE s."monthStart" = $2::timestamp
             UNION ALL
             SELECT e."itemId", e."locationId", e."batchId", e.status, e.quantity FROM "LedgerEntry" e
             WHERE e."postedAt" < $1::timestamp AND ($2::timestamp IS NULL OR e."postedAt" >= $2::timestamp)) x
       GROUP BY x."itemId", x."locationId", x."batchId", x.status
       HAVING sum(x.quantity) <> 0
       ON CONFLICT DO NOTHING`,
      [month, base],
    );
    await c.query('COMMIT');
    return { monthStart: month, built: true, idle: false, rows: inserted.rowCount ?? 0, from: base };
  } catch (e) {
    await c.query('ROLLBACK');
    throw e;
  } finally {
    c.release();
  }
}

async function checkedMonth(c: pg.PoolClient, monthStart: Date | string): Promise<string> {
  const r = (
    await c.query(
      `SELECT $1::timestamp::date::text AS month, date_trunc('month', $1::timestamp) = $1::timestamp AS is_month_start,
              $1::timestamp < date_trunc('month', localtimestamp) AS is_past`,
      [monthStart],
    )
  ).rows[0];
  if (!r.is_month_start) throw invalid('monthStart', 'A snapshot is taken at the start of a month (midnight of its first day).');
  if (!r.is_past) throw invalid('monthStart', 'Only months before the current one can be snapshotted.');
  return r.month;
}
