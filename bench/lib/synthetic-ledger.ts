// Synthetic stock history for read benchmarks, loaded in bulk inside PostgreSQL
// (INSERT ... SELECT generate_series, indexes rebuilt after the load). Every
// lot's running sum stays positive; balances are rebuilt from the ledger, so
// ledger:verify holds (also on top of the demo data, whose balances stay as they are).
import type pg from 'pg';

export interface SyntheticShape {
  entries: number;
  items: number;
  storageUnits: number;
  batchesPerItem: number;
}

export async function loadSyntheticLedger(client: pg.Pool, shape: SyntheticShape): Promise<void> {
  const { entries, items, storageUnits, batchesPerItem } = shape;
  const sites = (await client.query(`SELECT id, path FROM "Location" WHERE code IN ('CHI', 'MKE') ORDER BY code`)).rows;
  await client.query(`INSERT INTO "Item" (sku, name, "kindCode", "unitCode", "standardCost", "lastBatchNumber")
    SELECT 'SYN-' || lpad(g::text, 6, '0'), 'Synthetic part ' || g, 'part', 'pcs', 0.10 + (g % 97) / 10.0, $2 FROM generate_series(1, $1) g`, [items, batchesPerItem]);
  await client.query(`INSERT INTO "Location" (code, name, "parentId", "siteId", path)
    SELECT 'SU-' || lpad(g::text, 5, '0'), 'Storage unit ' || g,
           CASE WHEN g % 2 = 0 THEN $2::int ELSE $4::int END, CASE WHEN g % 2 = 0 THEN $2::int ELSE $4::int END,
           CASE WHEN g % 2 = 0 THEN $3::text ELSE $5::text END
    FROM generate_series(1, $1) g`, [storageUnits, sites[0].id, sites[0].path, sites[1].id, sites[1].path]);
  await client.query(`UPDATE "Location" SET path = path || id || '/' WHERE code LIKE 'SU-%'`);
  await client.query(`INSERT INTO "Batch" ("itemId", number, "receivedAt", "unitCost")
    SELECT i.id, b, timestamp '2025-01-01' + b * interval '1 day', 0.05 + (b % 13) / 20.0
    FROM "Item" i CROSS JOIN generate_series(1, $1) b WHERE i.sku LIKE 'SYN-%'`, [batchesPerItem]);
  const actor = (await client.query(`SELECT id FROM "User" WHERE email = 'admin@demo.local'`)).rows[0].id;
  const groups = Math.max(1, Math.ceil(entries / 1000));
  await client.query(`INSERT INTO "PostingGroup" (id, kind, "actorId", "postedAt")
    SELECT md5('g' || g)::uuid, 'synthetic', $2, timestamp '2025-01-01' + g * interval '1 minute' FROM generate_series(1, $1) g`, [groups, actor]);

  // Bulk load without the secondary indexes, then build them once.
  const indexes = (await client.query(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'LedgerEntry' AND indexname <> 'LedgerEntry_pkey'`)).rows;
  for (const ix of indexes) await client.query(`DROP INDEX "${ix.indexname}"`);
  // Entry k touches stock position p = k % (items * 10): each item sits at 10 storage units. Round r = k / positions
  // picks the batch (r % batches) and alternates receipts of +10 with issues of -5, so no lot goes negative.
  await client.query(`
    WITH ids AS (SELECT (SELECT min(id) FROM "Item" WHERE sku LIKE 'SYN-%') AS item0,
                        (SELECT min(id) FROM "Location" WHERE code LIKE 'SU-%') AS loc0,
                        (SELECT min(b.id) FROM "Batch" b JOIN "Item" i ON i.id = b."itemId" WHERE i.sku LIKE 'SYN-%') AS batch0),
    e AS (SELECT k, k % ($2::bigint * 10) AS p, k / ($2::bigint * 10) AS r FROM generate_series(0, $1 - 1) k)
    INSERT INTO "LedgerEntry" ("postedAt", "groupId", "entryType", "itemId", "locationId", "batchId", status, quantity, "balanceBefore", "balanceAfter", "actorId")
    SELECT timestamp '2025-01-01' + e.k * interval '3 seconds', md5('g' || (e.k / 1000 + 1))::uuid,
           CASE WHEN e.r % 2 = 0 THEN 'RECEIPT'::"EntryType" ELSE 'CONSUMPTION'::"EntryType" END,
           ids.item0 + (e.p % $2), ids.loc0 + ((e.p / $2) * 37 + (e.p % $2)) % $3,
           ids.batch0 + (e.p % $2) * $4 + (e.r / 2) % $4,
           'AVAILABLE', CASE WHEN e.r % 2 = 0 THEN 10 ELSE -5 END, 0, 0, $5
    FROM e, ids`, [entries, items, storageUnits, batchesPerItem, actor]);
  for (const ix of indexes) await client.query(ix.indexdef);
  await client.query(`INSERT INTO "StockBalance" ("itemId", "locationId", "batchId", status, quantity)
    SELECT "itemId", "locationId", "batchId", status, sum(quantity) FROM "LedgerEntry"
    WHERE "itemId" IN (SELECT id FROM "Item" WHERE sku LIKE 'SYN-%') GROUP BY 1, 2, 3, 4`);
  await client.query('ANALYZE');
}
