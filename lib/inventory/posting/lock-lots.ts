// Reading the lots of the stock positions a posting touches: without locks for
// the optimistic path (qm_post re-checks them under lock), or locked in the
// fixed (item, location) order for the fallback path (qm_lock_lots).
import type { Lot } from '../lots';
import { fromDb } from '../quantity';

type Queryable = { query: (q: { name: string; text: string; values: unknown[] }) => Promise<{ rows: Record<string, never>[] }> };
type Position = { itemId: number; locationId: number };

const COLUMNS = `b.id AS balance_id, b."itemId" AS item_id, b."locationId" AS location_id, b."batchId" AS batch_id, b.status,
  b.quantity::text AS quantity, b.unreceived, bt.number AS batch_number, bt."receivedAt" AS received_at,
  bt."expiresAt" AS expires_at, bt."ownerId" AS owner_id, bt."unitCost"::text AS unit_cost`;

function arrays(positions: Position[]): [number[], number[]] {
  const unique = [...new Map(positions.map((p) => [`${p.itemId}:${p.locationId}`, p])).values()];
  return [unique.map((p) => p.itemId), unique.map((p) => p.locationId)];
}

/** A lot from a query row, or from the JSON the lookups return (dates as strings there). */
export function toLot(r: Record<string, never>): Lot {
  return {
    balanceId: BigInt(r.balance_id),
    itemId: r.item_id,
    locationId: r.location_id,
    batchId: BigInt(r.batch_id),
    batchNumber: r.batch_number,
    status: r.status,
    quantity: fromDb(String(r.quantity)),
    unreceived: r.unreceived,
    receivedAt: new Date(r.received_at),
    expiresAt: r.expires_at ? new Date(r.expires_at) : null,
    ownerId: r.owner_id,
    unitCost: r.unit_cost,
  };
}

export async function readLots(client: Queryable, positions: Position[]): Promise<Lot[]> {
  const { rows } = await client.query({
    name: 'qm-read-lots',
    text: `SELECT ${COLUMNS} FROM "StockBalance" b JOIN "Batch" bt ON bt.id = b."batchId"
           JOIN unnest($1::int[], $2::int[]) AS t(i, l) ON b."itemId" = t.i AND b."locationId" = t.l`,
    values: arrays(positions),
  });
  return rows.map(toLot);
}

export async function lockLots(client: Queryable, positions: Position[]): Promise<Lot[]> {
  const { rows } = await client.query({ name: 'qm-lock-lots', text: 'SELECT * FROM qm_lock_lots($1::int[], $2::int[])', values: arrays(positions) });
  return rows.map(toLot);
}
