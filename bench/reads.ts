// Benchmark: read latency of on-hand and inventory queries at 1M and 10M
// ledger rows, next to a naive SUM over the ledger measured in the same run;
// "as of" once from the whole ledger and once from month snapshots built here.
// Usage: npm run bench:reads [-- --sizes 1000000,10000000]
import { fmt, percentile, startBenchDatabase } from './lib/bench-db';
import { loadSyntheticLedger } from './lib/synthetic-ledger';

const sizesArg = process.argv.indexOf('--sizes');
const SIZES = (sizesArg > 0 ? process.argv[sizesArg + 1] : '1000000,10000000').split(',').map(Number);
const RUNS = 200;

async function measure(run: (i: number) => Promise<unknown>, runs = RUNS): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 10; i++) await run(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const line = (label: string, m: { p50: number; p95: number }, target = '') => console.log(`  ${label.padEnd(58)} p50 ${fmt(m.p50, 2).padStart(8)} ms  p95 ${fmt(m.p95, 2).padStart(8)} ms  ${target}`);

for (const entries of SIZES) {
  const db = await startBenchDatabase();
  process.env.DATABASE_URL = db.url;
  try {
    const { pool, endPool } = await import('../lib/db/pool');
    const { loadActor } = await import('../lib/auth/load-actor');
    const { listInventory } = await import('../lib/inventory/queries/list-inventory');
    const { verifyLedger } = await import('../lib/inventory/verify-ledger');
    const { ensureSnapshots, snapshotCalendar } = await import('../lib/inventory/snapshots/ensure-snapshots');
    const shape = { entries, items: 5000, storageUnits: 400, batchesPerItem: 4 };
    const t0 = performance.now();
    await loadSyntheticLedger(pool(), shape);
    console.log(`\nreads benchmark at ${entries.toLocaleString('en')} ledger rows (${shape.items} items, ${shape.storageUnits} storage units; loaded in ${fmt((performance.now() - t0) / 1000)} s)`);
    const adminId = (await pool().query(`SELECT id FROM "User" WHERE email = 'admin@demo.local'`)).rows[0].id;
    const admin = (await loadActor(adminId, 1))!;
    const sku = (i: number) => `SYN-${String(1 + ((i * 37) % shape.items)).padStart(6, '0')}`;
    const itemId = async (i: number) => (await pool().query(`SELECT id FROM "Item" WHERE sku = $1`, [sku(i)])).rows[0].id;
    const ids = await Promise.all(Array.from({ length: 50 }, (_, i) => itemId(i)));

    line('baseline: naive SUM over the ledger, one item by location', await measure((i) => pool().query(`SELECT "locationId", sum(quantity) FROM "LedgerEntry" WHERE "itemId" = $1 GROUP BY 1`, [ids[i % 50]])));
    line('on-hand, one item by location (cached balances, SQL)', await measure((i) => pool().query(`SELECT "locationId", sum(quantity) FROM "StockBalance" WHERE "itemId" = $1 GROUP BY 1`, [ids[i % 50]])), '(target p95 <= 5 ms)');
    line('on-hand via listInventory(groupBy location, sku)', await measure((i) => listInventory(admin, { groupBy: 'location', sku: sku(i) })), '(target p95 <= 5 ms)');
    line('inventory page: listInventory(groupBy item), first 50', await measure(() => listInventory(admin, { groupBy: 'item' }), 50), '(target p95 <= 50 ms)');
    line('location page: listInventory(groupBy location, one storage unit)', await measure((i) => listInventory(admin, { groupBy: 'location', location: `SU-${String(1 + (i % shape.storageUnits)).padStart(5, '0')}` }), 50), '(target p95 <= 50 ms)');
    const asOf = { groupBy: 'item', site: 'CHI', asOf: '2025-06-01' };
    line('as-of inventory for one site (CHI), by item, first 50', await measure(() => listInventory(admin, asOf), 5), '(whole ledger, no snapshots)');
    const ts = performance.now();
    const months = await ensureSnapshots();
    const buildSeconds = (performance.now() - ts) / 1000;
    const snapshotRows = (await pool().query(`SELECT count(*)::int AS n FROM "StockSnapshot"`)).rows[0].n;
    // Months after one without postings store nothing; as-of reads start from the snapshot before them.
    const idle = (await snapshotCalendar()).filter((m) => !m.posted).length;
    console.log(
      `  month snapshots: ${months.length} months built (${months[0]?.monthStart} .. ${months.at(-1)?.monthStart}), ${idle} idle months skipped, ${snapshotRows.toLocaleString('en')} rows, built in ${fmt(buildSeconds, 2)} s`,
    );
    line('as-of inventory for one site (CHI), by item, first 50', await measure(() => listInventory(admin, asOf), 5), '(month snapshot; target <= 1000 ms)');
    // The ledger's last day: a snapshot plus the entries from its month start up to that day.
    const lastDay = (await pool().query(`SELECT to_char(max("postedAt"), 'YYYY-MM-DD') AS d FROM "LedgerEntry"`)).rows[0].d;
    line(`  same, as of ${lastDay} (snapshot + entries since month start)`, await measure(() => listInventory(admin, { ...asOf, asOf: lastDay }), 5), '(target <= 1000 ms)');
    const tv = performance.now();
    const report = await verifyLedger(pool());
    console.log(`  ledger:verify: ${fmt((performance.now() - tv) / 1000, 2)} s for ${report.entries.toLocaleString('en')} entries, ${report.differences.length} differences (target <= 10 s)`);
    await endPool();
  } finally {
    await db.stop();
  }
}
