// `npm run db:synthetic`: a database at the scale of issue 9 (20k items, 2k
// storage units under the demo sites, 10M ledger entries, 100k serials with
// events) on top of the migrations and the demo data, generated inside
// PostgreSQL in bulk; then ledger:verify and the month snapshots.
// Uses DATABASE_URL when set, otherwise an embedded cluster in QM_DATA_DIR
// (default .data/synthetic). Start the portal on it with the same variables:
//   npm run db:synthetic [-- --ledger 1000000 --items 2000 --units 200 --serials 10000]
//   QM_DATA_DIR=.data/synthetic npm start
import path from 'node:path';
import { loadSyntheticLedger } from '../../bench/lib/synthetic-ledger';
import { loadSyntheticSerials } from '../../bench/lib/synthetic-serials';
import { openDatabase, StartupError } from '../lib/database';
import { root } from '../lib/portal';
import { seedIfEmpty } from '../lib/seed-if-empty';
import { applyMigrations } from './migrate.mjs';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const n = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(n) || n < 1) throw new StartupError(`--${name} must be a whole number above 0.`);
  return n;
};

const t0 = performance.now();
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
const say = (m: string) => console.log(`[synthetic ${seconds(t0).padStart(6)} s] ${m}`);

async function main(): Promise<void> {
  const shape = { entries: arg('ledger', 10_000_000), items: arg('items', 20_000), storageUnits: arg('units', 2_000), batchesPerItem: arg('batches', 4) };
  const serials = { serials: arg('serials', 100_000), products: arg('products', 20), workOrders: arg('work-orders', 200) };
  const dataDir = path.resolve(root, process.env.QM_DATA_DIR ?? '.data/synthetic');
  const database = await openDatabase(dataDir);
  say(database.embedded ? `Embedded PostgreSQL in ${path.relative(root, dataDir)}/pg.` : 'Using the PostgreSQL server at DATABASE_URL.');
  try {
    await applyMigrations(database.url);
    if (await seedIfEmpty(database.url)) say('Loaded the demo data.');
    process.env.DATABASE_URL = database.url;
    const { pool } = await import('../../lib/db/pool');
    const { disconnectDb } = await import('../../lib/db/client');
    const present = (await pool().query(`SELECT count(*)::int AS n FROM "Item" WHERE sku LIKE 'SYN-%'`)).rows[0].n;
    if (present) throw new StartupError(`This database already holds synthetic data (${present} SYN- items). Use a new QM_DATA_DIR (or delete ${path.relative(root, dataDir)}) to build another.`);
    let t = performance.now();
    await loadSyntheticLedger(pool(), shape);
    say(`${shape.entries.toLocaleString('en')} ledger entries, ${shape.items.toLocaleString('en')} items, ${shape.storageUnits.toLocaleString('en')} storage units, ${(shape.items * shape.batchesPerItem).toLocaleString('en')} batches in ${seconds(t)} s.`);
    t = performance.now();
    await loadSyntheticSerials(pool(), serials);
    say(`${serials.serials.toLocaleString('en')} serials with events (${serials.products} products, ${serials.workOrders} work orders) in ${seconds(t)} s.`);
    t = performance.now();
    await pool().query('VACUUM (ANALYZE) "LedgerEntry", "StockBalance", "Batch", "Item", "Location", "SerialUnit", "SerialEvent", "PostingGroup"');
    say(`Vacuumed and analysed in ${seconds(t)} s.`);
    t = performance.now();
    const { verifyLedger } = await import('../../lib/inventory/verify-ledger');
    const report = await verifyLedger(pool());
    say(`ledger:verify: ${report.entries.toLocaleString('en')} entries, ${report.lots.toLocaleString('en')} lots, ${report.differences.length} differences, ${report.negative} negative lots (${seconds(t)} s).`);
    if (report.differences.length || report.negative) throw new StartupError('The ledger and the balances disagree (see above).');
    t = performance.now();
    const { ensureSnapshots } = await import('../../lib/inventory/snapshots/ensure-snapshots');
    const months = await ensureSnapshots();
    say(`Month stock snapshots: ${months.filter((m) => m.built).length} built (${seconds(t)} s).`);
    await disconnectDb();
    say(`Done. Start the portal on it with: ${database.embedded ? `QM_DATA_DIR=${path.relative(root, dataDir)} ` : ''}npm start`);
  } finally {
    await database.stop();
  }
}

main().catch((e) => {
  console.error(`[synthetic] ${e instanceof StartupError ? e.message : `Failed: ${(e as Error)?.stack ?? e}`}`);
  process.exit(1);
});
