// Builds every missing month snapshot, oldest first, from the first month
// after the ledger's first entry up to the last complete month.
import { pool } from '../../db/pool';
import { ensureMonthSnapshot, type MonthSnapshotResult } from './ensure-month-snapshot';

/** Month starts (YYYY-MM-DD) without a snapshot. A month whose balances are all zero stores no rows, so it stays listed. */
export async function missingSnapshotMonths(): Promise<string[]> {
  const { rows } = await pool().query(
    `SELECT m::date::text AS month
     FROM generate_series(date_trunc('month', (SELECT min("postedAt") FROM "LedgerEntry")) + interval '1 month',
                          date_trunc('month', localtimestamp) - interval '1 month', interval '1 month') m
     WHERE NOT EXISTS (SELECT 1 FROM "StockSnapshot" s WHERE s."monthStart" = m)
     ORDER BY m`,
  );
  return rows.map((r) => r.month as string);
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
