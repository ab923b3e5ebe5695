// Benchmark: server time of the scanning API with 20 concurrent scanners, each
// its own Team Lead with its own token, through the route handlers in this
// process (token, JSON, domain, answer; no network): resolve of item, lot and
// storage-unit codes, and commits of 50-line general move sessions (each its
// own Idempotency-Key), next to baselines measured in the same run on the same
// pool: a single-row SELECT round trip and one transferStock call.
// "back to back": every scanner sends its next request as soon as the last is
// answered (20 always in flight, the worst case); "paced": every scanner waits
// a random 100-300 ms between scans, 0.5-1.5 s between sessions.
// Usage: npm run bench:scanning [-- --sessions 10 --resolves 100]
import { fmt, percentile, startBenchDatabase } from './lib/bench-db';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SCANNERS = 20;
const ITEMS = 200;
const LINES = 50;
const SESSIONS = arg('sessions', 10); // per scanner
const RESOLVES = arg('resolves', 100); // per scanner
const PLACES = ['CHI-A-01-B1', 'CHI-A-01-B2', 'MKE-LINE-1', 'MKE-QA'];

type Stats = { p50: number; p95: number; n: number };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `workers` workers, each running `perWorker` calls one after another (with `pause` ms between them, untimed); the time of every call. */
async function concurrently(perWorker: number, one: (worker: number, i: number) => Promise<unknown>, workers = SCANNERS, pause?: () => number): Promise<Stats> {
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      if (pause) await sleep(Math.random() * pause()); // scanners do not start in step
      for (let i = 0; i < perWorker; i++) {
        if (pause && i > 0) await sleep(pause());
        const t = performance.now();
        await one(worker, i);
        times.push(performance.now() - t);
      }
    }),
  );
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), n: times.length };
}
const line = (label: string, m: Stats, target = '') =>
  console.log(`  ${label.padEnd(62)} p50 ${fmt(m.p50, 2).padStart(8)} ms  p95 ${fmt(m.p95, 2).padStart(8)} ms  (n=${m.n}) ${target}`);

// A seeded generator, so every run scans the same codes.
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const pickDistinct = (rand: () => number, n: number, of: number) => {
  const out = new Set<number>();
  while (out.size < n) out.add(Math.floor(rand() * of));
  return [...out];
};

const db = await startBenchDatabase();
process.env.DATABASE_URL = db.url;
process.env.DB_POOL_SIZE = String(SCANNERS + 2);
try {
  const { pool, endPool } = await import('../lib/db/pool');
  const { disconnectDb } = await import('../lib/db/client');
  const { loadActor } = await import('../lib/auth/load-actor');
  const { createOwnToken } = await import('../lib/api-tokens/create-own-token');
  const { commitScan } = await import('../lib/scan/commit-scan');
  const { resolveScan } = await import('../lib/scan/resolve-scan');
  const { transferStock } = await import('../lib/inventory/movements/transfer-stock');
  const { verifyLedger } = await import('../lib/inventory/verify-ledger');
  const { POST: resolveRoute } = await import('../app/api/v1/scan/resolve/route');
  const { POST: commitRoute } = await import('../app/api/v1/scan/commit/route');

  const t0 = performance.now();
  const sku = (i: number) => `BENCH-S-${String(i).padStart(3, '0')}`;
  await pool().query(`INSERT INTO "Item" (sku, name, "kindCode", "unitCode") SELECT 'BENCH-S-' || lpad(n::text, 3, '0'), 'Bench scan item ' || n, 'part', 'pcs' FROM generate_series(0, $1 - 1) n`, [ITEMS]);
  // The scanners: Team Leads of the demo Team Lead's department and team, each with a token.
  await pool().query(`INSERT INTO "User" (email, name, role, "departmentId", "teamId", "passwordHash", "updatedAt")
    SELECT 'scanner-' || n || '@bench.local', 'Scanner ' || n, 'TEAM_LEAD', "departmentId", "teamId", "passwordHash", now()
    FROM "User", generate_series(1, $1) n WHERE email = 'team.lead@demo.local'`, [SCANNERS]);
  const scanners = await Promise.all(
    Array.from({ length: SCANNERS }, async (_, n) => {
      const { rows } = await pool().query('SELECT id FROM "User" WHERE email = $1', [`scanner-${n + 1}@bench.local`]);
      const actor = (await loadActor(rows[0].id, 1))!;
      return { actor, authorization: `Bearer ${(await createOwnToken(actor, { name: 'bench' })).token}` };
    }),
  );
  // Stock: every item at every storage unit, received by scanning (50-line receive sessions).
  for (const place of PLACES) {
    for (let from = 0; from < ITEMS; from += LINES) {
      const lines = Array.from({ length: LINES }, (_, j) => ({ code: sku(from + j), quantity: '1000000' }));
      await commitScan(scanners[0].actor, { workflow: 'general', action: 'receive', location: place, lines });
    }
  }
  await pool().query('ANALYZE');
  console.log(`scanning benchmark: ${SCANNERS} concurrent scanners (pool ${SCANNERS + 2}), ${ITEMS} items at ${PLACES.length} storage units, ${LINES}-line sessions (loaded in ${fmt((performance.now() - t0) / 1000)} s)`);

  const post = (route: (r: Request) => Promise<Response>, path: string, authorization: string, body: unknown, headers: Record<string, string> = {}) =>
    route(new Request(`http://localhost/api/v1${path}`, { method: 'POST', headers: { authorization, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }));
  const expectStatus = async (res: Response, status: number) => {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  };

  // Warm-up: connections, prepared statements, JIT of the route code.
  await concurrently(5, () => pool().query('SELECT 1'));
  await concurrently(5, (w, i) => post(resolveRoute, '/scan/resolve', scanners[w].authorization, { code: sku((w * 5 + i) % ITEMS) }).then((r) => expectStatus(r, 200)));

  // Baselines on the same pool, same concurrency.
  line('baseline: single-row SELECT round trip', await concurrently(RESOLVES, (_, i) => pool().query('SELECT id, sku FROM "Item" WHERE sku = $1', [sku(i % ITEMS)])));
  let transfer = 0;
  line('baseline: one transferStock call (1 line)', await concurrently(SESSIONS * 2, (w) => {
    const n = transfer++;
    return transferStock(scanners[w].actor, { sku: sku((n * 7919) % ITEMS), from: PLACES[n % 4], to: PLACES[(n + 1) % 4], quantity: 1 });
  }));

  // (a) Resolve: items, lots and storage units in turn, at the scanner's storage unit.
  const resolveRand = random(1);
  const resolveCode = (i: number) => {
    const item = Math.floor(resolveRand() * ITEMS);
    return i % 3 === 0 ? sku(item) : i % 3 === 1 ? `${sku(item)}#000${1 + (item % 4)}` : PLACES[item % PLACES.length];
  };
  const resolveOne = async (w: number, i: number) =>
    expectStatus(await post(resolveRoute, '/scan/resolve', scanners[w].authorization, { code: resolveCode(i), location: PLACES[w % PLACES.length] }), 200);
  line('POST /scan/resolve (item, lot, storage unit), 1 scanner', await concurrently(RESOLVES, resolveOne, 1));
  line(`POST /scan/resolve, ${SCANNERS} scanners back to back`, await concurrently(RESOLVES, resolveOne), '(target p95 <= 20 ms)');
  line(`  resolveScan alone (no token, no JSON), ${SCANNERS} back to back`, await concurrently(RESOLVES, (w, i) => resolveScan(scanners[w].actor, { code: resolveCode(i), location: PLACES[w % PLACES.length] })));
  line(`POST /scan/resolve, ${SCANNERS} scanners paced (100-300 ms)`, await concurrently(RESOLVES / 2, resolveOne, SCANNERS, () => 100 + Math.random() * 200), '(target p95 <= 20 ms)');

  // (b) Commit: 50-line general moves of one unit per line, each scanner on its own route between
  // two storage units (five scanners share each route). "Own items": the scanner's own 10 items,
  // five scans each (scanners never wait for each other's locks); "shared items": 50 distinct
  // items drawn at random from all 200 (sessions on one route overlap and queue on row locks).
  const commitRand = random(2);
  const ownItems = (w: number) => Array.from({ length: LINES }, (_, j) => ((w * 10 + (j % 10)) % ITEMS));
  const sessionBody = (w: number, items: number[]) => ({
    workflow: 'general',
    action: 'move',
    location: PLACES[w % PLACES.length],
    to: PLACES[(w + 1) % PLACES.length],
    lines: items.map((i) => ({ code: sku(i) })),
  });
  let committed = 0;
  const commitOne = (tag: string, items: (w: number) => number[]) => async (w: number, i: number) => {
    await expectStatus(await post(commitRoute, '/scan/commit', scanners[w].authorization, sessionBody(w, items(w)), { 'Idempotency-Key': `bench-${tag}-${w}-${i}` }), 201);
    committed++;
  };
  const shared = () => pickDistinct(commitRand, LINES, ITEMS);
  line(`POST /scan/commit (${LINES}-line general move), 1 scanner`, await concurrently(SESSIONS, commitOne('one', shared), 1));
  line(`POST /scan/commit, ${SCANNERS} scanners back to back, own items`, await concurrently(SESSIONS, commitOne('own', ownItems)), '(target p95 <= 150 ms)');
  line(`POST /scan/commit, ${SCANNERS} scanners back to back, shared items`, await concurrently(SESSIONS, commitOne('shared', shared)), '(target p95 <= 150 ms)');
  line(`POST /scan/commit, ${SCANNERS} scanners paced (0.5-1.5 s), shared items`, await concurrently(SESSIONS / 2, commitOne('paced', shared), SCANNERS, () => 500 + Math.random() * 1000), '(target p95 <= 150 ms)');

  const { rows } = await pool().query(`SELECT count(*)::int AS n FROM "ScanSession" WHERE action = 'move'`);
  const report = await verifyLedger(pool());
  console.log(`  sessions committed: ${rows[0].n} (${committed} answered 201); ledger:verify after the run: ${report.differences.length} differences, ${report.negative} negative lots`);
  await disconnectDb();
  await endPool();
} finally {
  await db.stop();
}
