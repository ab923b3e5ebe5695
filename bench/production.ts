// Benchmark: server time of the production screens' queries with 100k serial
// numbers (20 products, 100 work orders, two departments, every status), next
// to a minimal 50-row read of the same table measured in the same run.
// Usage: npm run bench:production [-- --serials 100000]
import { fmt, percentile, startBenchDatabase } from './lib/bench-db';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SERIALS = arg('serials', 100_000);
const PRODUCTS = 20;
const RUNS = 100;

async function measure(run: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 10; i++) await run(i);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run(i);
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
  const { listProductCards } = await import('../lib/serials/list-product-cards');
  const { listSerials } = await import('../lib/serials/list-serials');
  const { getProduct } = await import('../lib/serials/get-product');
  const t0 = performance.now();
  await pool().query(
    `INSERT INTO "Item" (sku, name, "kindCode", "unitCode") SELECT 'BENCH-P-' || n, 'Bench product ' || n, 'product', 'pcs' FROM generate_series(1, $1) n`,
    [PRODUCTS],
  );
  await pool().query(`INSERT INTO "ProductStage" ("itemId", position, name) SELECT i.id, s.p, s.name FROM "Item" i,
    (VALUES (1, 'Assembly'), (2, 'Testing'), (3, 'QA')) s(p, name) WHERE i.sku LIKE 'BENCH-P-%'`);
  await pool().query(`INSERT INTO "WorkOrder" (number, "itemId", quantity, "departmentId", "teamId", "createdById")
    SELECT 'WO-B' || n, i.id, $1 / 100, t."departmentId", t.id, 1
    FROM generate_series(1, 100) n JOIN "Item" i ON i.sku = 'BENCH-P-' || (1 + n % ${PRODUCTS})
    JOIN LATERAL (SELECT id, "departmentId" FROM "Team" ORDER BY id OFFSET n % 3 LIMIT 1) t ON TRUE`, [SERIALS]);
  await pool().query(`INSERT INTO "SerialUnit" (serial, "itemId", "workOrderId", "departmentId", "teamId", status, "stageId", "updatedAt")
    SELECT 'BS-' || lpad(n::text, 7, '0'), w."itemId", w.id, w."departmentId", w."teamId",
      (ARRAY['IN_STOCK','IN_STOCK','IN_STOCK','IN_STOCK','IN_PRODUCTION','IN_PRODUCTION','IN_PRODUCTION','DELIVERED','DELIVERED','SCRAPPED'])[1 + n % 10]::"SerialStatus",
      (SELECT id FROM "ProductStage" st WHERE st."itemId" = w."itemId" ORDER BY position OFFSET n % 3 LIMIT 1),
      now() - (n || ' seconds')::interval
    FROM generate_series(1, $1) n JOIN "WorkOrder" w ON w.number = 'WO-B' || (1 + n % 100)`, [SERIALS]);
  await pool().query('ANALYZE');
  console.log(`production benchmark: ${SERIALS.toLocaleString('en')} serials, ${PRODUCTS} products, 100 work orders (loaded in ${fmt((performance.now() - t0) / 1000)} s)`);
  const actor = async (email: string) => (await loadActor((await pool().query('SELECT id FROM "User" WHERE email = $1', [email])).rows[0].id, 1))!;
  const [admin, lead, teamLead, member] = await Promise.all(['admin@demo.local', 'dept.lead@demo.local', 'team.lead@demo.local', 'member@demo.local'].map(actor));
  const sku = (i: number) => `BENCH-P-${1 + (i % PRODUCTS)}`;

  line('baseline: 50 serials by id', await measure(() => pool().query('SELECT id, serial, status FROM "SerialUnit" ORDER BY id LIMIT 50')));
  line('product cards, Admin, all historical', await measure(() => listProductCards(admin, { view: 'all' })), '(target p95 <= 100 ms)');
  line('product cards, Department Lead, available stock', await measure(() => listProductCards(lead, { view: 'available' })), '(target p95 <= 100 ms)');
  line('product cards, Member (assignments), all historical', await measure(() => listProductCards(member, { view: 'all' })), '(target p95 <= 100 ms)');
  line('product detail statistics, Admin', await measure((i) => getProduct(admin, sku(i))), '(target p95 <= 100 ms)');
  line('serial table, Admin, one product, first 50', await measure((i) => listSerials(admin, { product: sku(i) })), '(target p95 <= 100 ms)');
  line('serial table, Admin, one product, in stock, first 50', await measure((i) => listSerials(admin, { product: sku(i), status: 'in_stock' })), '(target p95 <= 100 ms)');
  line('serial table, Team Lead, all products, first 50', await measure(() => listSerials(teamLead, {})), '(target p95 <= 100 ms)');
  const page2 = (await listSerials(admin, { product: sku(0) })).nextCursor;
  line('serial table, Admin, one product, second page', await measure(() => listSerials(admin, { product: sku(0), cursor: page2 })), '(target p95 <= 100 ms)');
  await endPool();
} finally {
  await db.stop();
}
