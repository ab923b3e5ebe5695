// Builds every missing month snapshot, oldest first, from the first month
// after the ledger's first entry up to the last complete month. A month after
// one in which nothing was posted needs none: "as of" reads start from the
// snapshot before it, and the ledger adds nothing in between.
import { pool } from '../../db/pool';
import { ensureMonthSnapshot, type MonthSnapshotResult } from './ensure-month-snapshot';

export interface SnapshotMonth {
  /** YYYY-MM-DD, the first day of the month. */
  month: string;
  /** Something was posted in the month before: its balances differ from the previous month's. */
  posted: boolean;
  /** A snapshot is stored for it. */
  stored: boolean;
}

/** Every complete month since the ledger began, with whether it needs a snapshot and has one. */
export async function snapshotCalendar(): Promise<SnapshotMonth[]> {
  const { rows } = await pool().query(
    `SELECT m::date::text AS month,
            EXISTS (SELECT 1 FROM "LedgerEntry" e WHERE e."postedAt" >= m - interval '1 month' AND e."postedAt" < m) AS posted,
            EXISTS (SELECT 1 FROM "StockSnapshot" s WHERE s."monthStart" = m) AS stored
     FROM generate_series(date_trunc('month', (SELECT min("postedAt") FROM "LedgerEntry")) + interval '1 month',
                          date_trunc('month', localtimestamp) - interval '1 month', interval '1 month') m
     ORDER BY m`,
  );
  return rows as SnapshotMonth[];
}

/** Month starts (YYYY-MM-DD) that need a snapshot and lack one. A month whose balances are all zero stores no rows, so it stays listed. */
export async function missingSnapshotMonths(): Promise<string[]> {
  return (await snapshotCalendar()).filter((m) => m.posted && !m.stored).map((m) => m.month);
}

export async function ensureSnapshots(onMonth?: (r: MonthSnapshotResult, ms: number) => void): Promise<MonthSnapshotResult[]> {
  const done: MonthSnapshotResult[] = [];
  for (const month of await missingSnapshotMonths()) {
    const t = performance.now();
    const r = await ensureMonthSnapshot(month);
    onMonth?.(r, performance.now() - t);
    done.push(r);
  }
  return done;
}
