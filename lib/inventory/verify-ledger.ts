// Recomputes every lot balance from the ledger and reports where the cached
// balances disagree, and lots below zero that may not be.
import type pg from 'pg';

export interface LedgerDifference {
  itemId: number;
  locationId: number;
  batchId: string;
  status: string;
  ledger: string;
  cached: string;
}

export interface LedgerReport {
  lots: number;
  entries: number;
  differences: LedgerDifference[];
  negative: number;
}

export async function verifyLedger(client: Pick<pg.Pool, 'query'>): Promise<LedgerReport> {
  const diff = await client.query(
    `WITH l AS (
       SELECT "itemId", "locationId", "batchId", status, sum(quantity) AS q, count(*) AS n
       FROM "LedgerEntry" GROUP BY 1, 2, 3, 4)
     SELECT coalesce(l."itemId", b."itemId") AS item_id, coalesce(l."locationId", b."locationId") AS location_id,
            coalesce(l."batchId", b."batchId")::text AS batch_id, coalesce(l.status, b.status)::text AS status,
            coalesce(l.q, 0)::text AS ledger, coalesce(b.quantity, 0)::text AS cached, coalesce(l.n, 0) AS n
     FROM l FULL JOIN "StockBalance" b
       ON b."itemId" = l."itemId" AND b."locationId" = l."locationId" AND b."batchId" = l."batchId" AND b.status = l.status
     WHERE coalesce(l.q, 0) <> coalesce(b.quantity, 0)`,
  );
  const totals = await client.query(`SELECT (SELECT count(*) FROM "StockBalance")::int AS lots, (SELECT count(*) FROM "LedgerEntry")::int AS entries,
    (SELECT count(*) FROM "StockBalance" WHERE quantity < 0 AND NOT unreceived)::int AS negative`);
  return {
    lots: totals.rows[0].lots,
    entries: totals.rows[0].entries,
    negative: totals.rows[0].negative,
    differences: diff.rows.map((r) => ({ itemId: r.item_id, locationId: r.location_id, batchId: r.batch_id, status: r.status, ledger: r.ledger, cached: r.cached })),
  };
}
