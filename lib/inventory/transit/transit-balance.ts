// What a transit document still has on the way, per batch: the ledger entries
// that reference it at the transit storage unit (shipped in, received out,
// written off), so the document is always what the ledger says.
import type { SqlClient } from '../../db/transaction';
import { fromDb, type Qty } from '../quantity';

export interface TransitTotals {
  shipped: Qty;
  received: Qty;
  writtenOff: Qty;
  remaining: Qty;
  remainingByBatch: Map<bigint, Qty>;
}

export async function transitTotals(client: Pick<SqlClient, 'query'>, transitId: number, transitLocationId: number): Promise<TransitTotals> {
  const { rows } = await client.query(
    `SELECT e."batchId"::text AS batch_id,
       coalesce(sum(e.quantity) FILTER (WHERE e."entryType" = 'TRANSFER_IN'), 0)::text AS shipped,
       coalesce(-sum(e.quantity) FILTER (WHERE e."entryType" = 'TRANSFER_OUT'), 0)::text AS received,
       coalesce(-sum(e.quantity) FILTER (WHERE e."entryType" = 'ADJUST_DOWN'), 0)::text AS written_off,
       coalesce(sum(e.quantity), 0)::text AS remaining
     FROM "LedgerEntry" e
     WHERE e."refKind" = 'transit' AND e."refId" = $1 AND e."locationId" = $2
     GROUP BY e."batchId"`,
    [String(transitId), transitLocationId],
  );
  const t: TransitTotals = { shipped: 0n, received: 0n, writtenOff: 0n, remaining: 0n, remainingByBatch: new Map() };
  for (const r of rows) {
    t.shipped += fromDb(r.shipped);
    t.received += fromDb(r.received);
    t.writtenOff += fromDb(r.written_off);
    t.remaining += fromDb(r.remaining);
    if (fromDb(r.remaining) > 0n) t.remainingByBatch.set(BigInt(r.batch_id), fromDb(r.remaining));
  }
  return t;
}
