// Benchmark: the purchasing forecast roll-up (plugins/purchasing) over 200
// planned production lots with 80-line BOMs drawn from 20k items, with stock on
// every item (some on hold, some customer-owned), 20 running lots holding
// allocations with consumption in the ledger, and open purchase orders; next to
// a baseline measured in the same run: the BOM need alone (one GROUP BY).
// Usage: npm run bench:forecast [-- --items 20000 --lots 200 --lines 80]
import { fmt, percentile, startBenchDatabase } from './lib/bench-db';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ITEMS = arg('items', 20_000);
const LOTS = arg('lots', 200);
const LINES = arg('lines', 80);
const RUNNING = 20;
const RUNS = 50;

async function measure(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 5; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}
const line = (label: string, m: { p50: number; p95: number }, target = '') => console.log(`  ${label.padEnd(60)} p50 ${fmt(m.p50, 2).padStart(8)} ms  p95 ${fmt(m.p95, 2).padStart(8)} ms  ${target}`);

const db = await startBenchDatabase();
process.env.DATABASE_URL = db.url;
try {
  const { pool, endPool } = await import('../lib/db/pool');
  const { loadActor } = await import('../lib/auth/load-actor');
  const { forecastAll } = await import('../plugins/purchasing/lib/forecast');
  const q = (text: string, values: unknown[] = []) => pool().query(text, values);
  const t0 = performance.now();
  const admin = (await q(`SELECT id, "departmentId" FROM "User" WHERE email = 'admin@demo.local'`)).rows[0];
  const unit = (await q(`SELECT id FROM "Location" WHERE code = 'CHI-A-01-B1'`)).rows[0].id;
  // Its own customer (for consignment stock) and supplier: the bench database has no demo partners.
  const customer = (await q(`INSERT INTO "Partner" (code, name, kind) VALUES ('BENCH-CUST', 'Bench customer', 'CUSTOMER') RETURNING id`)).rows[0].id;
  await q(`INSERT INTO "Partner" (code, name, kind) VALUES ('BENCH-SUP', 'Bench supplier', 'SUPPLIER')`);
  await q(`INSERT INTO "Item" (sku, name, "kindCode", "unitCode") SELECT 'BENCH-C-' || n, 'Bench component ' || n, 'part', 'pcs' FROM generate_series(1, $1) n`, [ITEMS]);
  await q(`INSERT INTO "Item" (sku, name, "kindCode", "unitCode") SELECT 'BENCH-A-' || n, 'Bench assembly ' || n, 'assembly', 'pcs' FROM generate_series(1, $1) n`, [LOTS + RUNNING]);
  // Stock: every component has an available batch; every 5th also some on hold, every 7th a customer-owned batch.
  await q(`INSERT INTO "Batch" ("itemId", number, "unitCost", "ownerId")
    SELECT i.id, b.n, 0.1, CASE WHEN b.n = 2 THEN $1::int END FROM "Item" i CROSS JOIN generate_series(1, 2) b(n)
    WHERE i.sku LIKE 'BENCH-C-%' AND (b.n = 1 OR i.id % 7 = 0)`, [customer]);
  await q(`INSERT INTO "StockBalance" ("itemId", "locationId", "batchId", status, quantity)
    SELECT b."itemId", $1, b.id, s.status::"StockStatus", 10 + b."itemId" % 50 FROM "Batch" b JOIN "Item" i ON i.id = b."itemId"
    CROSS JOIN (VALUES ('AVAILABLE'), ('ON_HOLD')) s(status)
    WHERE i.sku LIKE 'BENCH-C-%' AND (s.status = 'AVAILABLE' OR b."itemId" % 5 = 0)`, [unit]);
  // BOMs: one per assembly, LINES distinct components each.
  await q(`INSERT INTO "Bom" ("itemId", version, "createdById") SELECT id, 1, $1 FROM "Item" WHERE sku LIKE 'BENCH-A-%'`, [admin.id]);
  await q(`INSERT INTO "BomLine" ("bomId", position, "itemId", "quantityPer")
    SELECT b.id, p, c.id, 1 + p % 4 FROM "Bom" b CROSS JOIN generate_series(1, $1) p
    JOIN "Item" c ON c.sku = 'BENCH-C-' || (1 + (b.id * 997 + p * 131) % $2)`, [LINES, ITEMS]);
  await q(`INSERT INTO "ProductionLot" (number, "itemId", "bomId", quantity, status, "departmentId", "createdById")
    SELECT 'LOT-B' || lpad(b.id::text, 5, '0'), b."itemId", b.id, 5 + b.id % 20,
      CASE WHEN row_number() OVER (ORDER BY b.id) <= $1 THEN 'IN_PROGRESS' ELSE 'PLANNED' END::"ProductionLotStatus", $2, $3
    FROM "Bom" b`, [RUNNING, admin.departmentId, admin.id]);
  await q(`INSERT INTO "LotAllocation" ("lotId", "itemId", quantity)
    SELECT l.id, bl."itemId", bl."quantityPer" * l.quantity FROM "ProductionLot" l JOIN "BomLine" bl ON bl."bomId" = l."bomId" WHERE l.status = 'IN_PROGRESS'`);
  // The running lots consumed part of their allocation: one posting per lot, naming it.
  await q(`INSERT INTO "PostingGroup" (id, kind, "actorId", "refKind", "refNumber")
    SELECT gen_random_uuid(), 'consume', $1, 'production_lot', number FROM "ProductionLot" WHERE status = 'IN_PROGRESS'`, [admin.id]);
  await q(`INSERT INTO "LedgerEntry" ("groupId", "entryType", "itemId", "locationId", "batchId", status, quantity, "balanceBefore", "balanceAfter", "actorId", "refKind", "refNumber")
    SELECT g.id, 'CONSUMPTION', a."itemId", $1, b.id, 'AVAILABLE', -1, 2, 1, $2, 'production_lot', l.number
    FROM "ProductionLot" l JOIN "PostingGroup" g ON g."refKind" = 'production_lot' AND g."refNumber" = l.number
    JOIN "LotAllocation" a ON a."lotId" = l.id JOIN "Batch" b ON b."itemId" = a."itemId" AND b.number = 1`, [unit, admin.id]);
  // Open purchase orders: 500 orders of 10 lines, every 4th partly received.
  await q(`INSERT INTO "PurchaseOrder" (number, "supplierId", status, "departmentId", "createdById", "placedAt")
    SELECT 'PO-B' || lpad(n::text, 6, '0'), (SELECT id FROM "Partner" WHERE code = 'BENCH-SUP'),
      CASE WHEN n % 4 = 0 THEN 'PARTIALLY_RECEIVED' ELSE 'PLACED' END::"PurchaseOrderStatus", $1, $2, now() FROM generate_series(1, 500) n`, [admin.departmentId, admin.id]);
  await q(`INSERT INTO "PurchaseOrderLine" ("orderId", position, "itemId", quantity, received, "unitPrice", "expectedAt")
    SELECT o.id, p, c.id, 100, CASE WHEN o.status = 'PARTIALLY_RECEIVED' THEN 40 ELSE 0 END, 0.1, now() + (p || ' days')::interval
    FROM "PurchaseOrder" o CROSS JOIN generate_series(1, 10) p JOIN "Item" c ON c.sku = 'BENCH-C-' || (1 + (o.id * 37 + p * 1009) % $1)
    WHERE o.number LIKE 'PO-B%'`, [ITEMS]);
  await q('ANALYZE');
  const counts = (await q(`SELECT (SELECT count(*) FROM "BomLine")::int AS lines, (SELECT count(*) FROM "StockBalance")::int AS balances, (SELECT count(*) FROM "LotAllocation")::int AS allocations`)).rows[0];
  console.log(
    `forecast benchmark: ${ITEMS.toLocaleString('en')} items, ${LOTS} planned lots × ${LINES}-line BOMs (${counts.lines.toLocaleString('en')} BOM lines), ${RUNNING} running lots (${counts.allocations.toLocaleString('en')} allocations), ${counts.balances.toLocaleString('en')} stock balances, 5,000 PO lines (loaded in ${fmt((performance.now() - t0) / 1000)} s)`,
  );
  const actor = (await loadActor(admin.id, 1))!;
  const rows = await forecastAll(actor);
  console.log(`  roll-up: ${rows.length.toLocaleString('en')} components, ${rows.filter((r) => r.shortfall !== '0').length.toLocaleString('en')} short`);
  line(
    'baseline: BOM need per component (one GROUP BY)',
    await measure(() =>
      q(`SELECT bl."itemId", sum(bl."quantityPer" * l.quantity) FROM "ProductionLot" l JOIN "BomLine" bl ON bl."bomId" = l."bomId" WHERE l.status IN ('PLANNED', 'RELEASED') GROUP BY bl."itemId"`),
    ),
  );
  line('forecastAll, Admin (roll-up over all planned/released lots)', await measure(() => forecastAll(actor)), '(target <= 300 ms)');
  await endPool();
} finally {
  await db.stop();
}
