// Benchmark: stock transfers posted per second through the domain layer
// (transferStock: permission, validation, position locks, FIFO, ledger and
// balances) with 8 concurrent workers, next to the same machine's rate for the
// minimal raw-SQL transfer (two ledger INSERTs and two balance UPSERTs in one
// transaction via pg, no lots, no checks), measured in the same run.
// Usage: npm run bench:posting [-- --transfers 4000]
import pg from 'pg';
import { fmt, startBenchDatabase } from './lib/bench-db';

const WORKERS = 8;
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const TRANSFERS = arg('transfers', 4000);
const ITEMS = 200;
const PLACES = ['CHI-A-01-B1', 'CHI-A-01-B2', 'MKE-LINE-1', 'MKE-QA'];

async function runWorkers(total: number, one: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      while (next < total) await one(next++);
    }),
  );
  return total / ((performance.now() - started) / 1000);
}

const db = await startBenchDatabase();
process.env.DATABASE_URL = db.url;
process.env.DB_POOL_SIZE = String(WORKERS + 2);
try {
  const { db: prisma, disconnectDb } = await import('../lib/db/client');
  const { loadActor } = await import('../lib/auth/load-actor');
  const { receiveStock } = await import('../lib/inventory/movements/receive-stock');
  const { transferStock } = await import('../lib/inventory/movements/transfer-stock');
  const { verifyLedger } = await import('../lib/inventory/verify-ledger');
  const { pool } = await import('../lib/db/pool');

  const admin = (await loadActor((await prisma().user.findUniqueOrThrow({ where: { email: 'admin@demo.local' } })).id, 1))!;
  await prisma().item.createMany({ data: Array.from({ length: ITEMS }, (_, i) => ({ sku: `BENCH-${i}`, name: `Bench item ${i}`, kindCode: 'part', unitCode: 'pcs' })) });
  for (let i = 0; i < ITEMS; i++) for (const to of PLACES) await receiveStock(admin, { sku: `BENCH-${i}`, to, quantity: 1_000_000 });

  // Baseline tables: the same shape, none of the rules.
  const raw = new pg.Pool({ connectionString: db.url, max: WORKERS });
  await raw.query(`CREATE TABLE bench_entry (id bigserial PRIMARY KEY, group_id uuid, item_id int, location_id int, quantity numeric(20,6), posted_at timestamptz DEFAULT now());
    CREATE TABLE bench_balance (item_id int, location_id int, quantity numeric(20,6), PRIMARY KEY (item_id, location_id))`);
  const locations = (await raw.query(`SELECT id FROM "Location" WHERE code = ANY($1)`, [PLACES])).rows.map((r) => r.id as number);

  const pickRoute = (i: number) => {
    const item = (i * 7919) % ITEMS;
    const from = i % PLACES.length;
    return { item, from, to: (from + 1 + (i % (PLACES.length - 1))) % PLACES.length };
  };

  const rawRate = await runWorkers(TRANSFERS, async (i) => {
    const { item, from, to } = pickRoute(i);
    const c = await raw.connect();
    try {
      await c.query('BEGIN');
      await c.query('INSERT INTO bench_entry (group_id, item_id, location_id, quantity) VALUES (gen_random_uuid(), $1, $2, -1)', [item, locations[from]]);
      await c.query('INSERT INTO bench_entry (group_id, item_id, location_id, quantity) VALUES (gen_random_uuid(), $1, $2, 1)', [item, locations[to]]);
      await c.query('INSERT INTO bench_balance VALUES ($1, $2, -1) ON CONFLICT (item_id, location_id) DO UPDATE SET quantity = bench_balance.quantity - 1', [item, locations[from]]);
      await c.query('INSERT INTO bench_balance VALUES ($1, $2, 1) ON CONFLICT (item_id, location_id) DO UPDATE SET quantity = bench_balance.quantity + 1', [item, locations[to]]);
      await c.query('COMMIT');
    } finally {
      c.release();
    }
  });

  const domainRate = await runWorkers(TRANSFERS, async (i) => {
    const { item, from, to } = pickRoute(i);
    await transferStock(admin, { sku: `BENCH-${item}`, from: PLACES[from], to: PLACES[to], quantity: 1 });
  });

  const report = await verifyLedger(pool());
  console.log(`posting benchmark: ${TRANSFERS} transfers, ${WORKERS} concurrent workers, ${ITEMS} items x ${PLACES.length} storage units`);
  console.log(`  baseline raw-SQL transfer (2 INSERT + 2 UPSERT, pg): ${fmt(rawRate, 0)} transfers/s`);
  console.log(`  domain transferStock (locks, FIFO, ledger, balances): ${fmt(domainRate, 0)} transfers/s`);
  console.log(`  ratio domain / baseline: ${fmt(domainRate / rawRate, 2)}  (target >= 0.80; and >= 2000/s)`);
  console.log(`  ledger:verify after the run: ${report.differences.length} differences, ${report.negative} negative lots`);
  await raw.end();
  await disconnectDb();
} finally {
  await db.stop();
}
