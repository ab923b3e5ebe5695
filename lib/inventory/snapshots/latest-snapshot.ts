// The snapshot an "as of" read can start from. Reads never build snapshots.
import { pool } from '../../db/pool';

/** The latest month start (YYYY-MM-DD) at or before `asOf` that has a snapshot, or null. */
export async function latestSnapshotMonth(asOf: Date): Promise<string | null> {
  const { rows } = await pool().query(`SELECT max("monthStart")::date::text AS m FROM "StockSnapshot" WHERE "monthStart" <= $1::timestamp`, [asOf]);
  return rows[0].m;
}
