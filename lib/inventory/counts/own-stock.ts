// What a count compares against: our own available stock of an item at a
// storage unit (not on hold, not rejected, not customer-owned, not the
// "unreceived" placeholder) — the same stock set-quantity adjusts.
import type { SqlClient } from '../../db/transaction';
import { render, sql } from '../../db/sql';
import { fromDb, type Qty } from '../quantity';

/** Balance rows `b` joined with their batch `bt` that count as own available stock. */
export const OWN_AVAILABLE = sql`b.status = 'AVAILABLE' AND NOT b.unreceived AND bt."ownerId" IS NULL AND b.quantity > 0`;

export async function ownAvailable(client: Pick<SqlClient, 'query'>, itemId: number, locationId: number): Promise<Qty> {
  const { rows } = await client.query(
    render(sql`
      SELECT coalesce(sum(b.quantity), 0)::text AS quantity
      FROM "StockBalance" b JOIN "Batch" bt ON bt.id = b."batchId"
      WHERE b."itemId" = ${itemId} AND b."locationId" = ${locationId} AND ${OWN_AVAILABLE}`),
  );
  return fromDb(rows[0].quantity);
}
