// For the snapshot tests only: postings moved into past months (the ledger is
// append-only, so the guard is lifted for that one statement), month starts
// relative to the database's clock, and as-of views to compare with and without
// snapshots. Nothing in the portal imports this.
import { pool } from '../../db/pool';
import type { Actor } from '../../roles/actor';
import { listInventory } from '../queries/list-inventory';

/** Moves a real posting to a moment in a past month. */
export async function moveTo(groupId: string, at: string): Promise<void> {
  const c = await pool().connect();
  try {
    await c.query('BEGIN');
    await c.query('ALTER TABLE "LedgerEntry" DISABLE TRIGGER "LedgerEntry_append_only"');
    await c.query(`UPDATE "LedgerEntry" SET "postedAt" = $2::timestamp WHERE "groupId" = $1`, [groupId, at]);
    await c.query(`UPDATE "PostingGroup" SET "postedAt" = $2::timestamp WHERE id = $1`, [groupId, at]);
    await c.query('ALTER TABLE "LedgerEntry" ENABLE TRIGGER "LedgerEntry_append_only"');
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK');
    throw e;
  } finally {
    c.release();
  }
}

/** Month starts relative to the current month (0 = this month), as local timestamps YYYY-MM-DDTHH:MM:SS plus `days`. */
export async function monthStart(monthsAgo: number, days = 0): Promise<string> {
  const { rows } = await pool().query(
    `SELECT to_char(date_trunc('month', localtimestamp) - make_interval(months => $1) + make_interval(days => $2), 'YYYY-MM-DD"T"HH24:MI:SS') AS t`,
    [monthsAgo, days],
  );
  return rows[0].t;
}

const views = (sku: string) => [
  { groupBy: 'item', sku },
  { groupBy: 'location', sku },
  { groupBy: 'location', site: 'CHI' },
  { groupBy: 'item', site: 'MKE' },
  { groupBy: 'location' },
  { groupBy: 'item', status: 'available' },
];

/** Several as-of inventory views (one item, sites, everything) at each moment, keyed by moment and view. */
export async function asOfViews(admin: Actor, sku: string, moments: string[]) {
  const out: Record<string, unknown> = {};
  for (const asOf of moments) for (const [i, v] of views(sku).entries()) out[`${asOf} #${i}`] = (await listInventory(admin, { ...v, asOf }, { limit: 500 })).data;
  return out;
}
