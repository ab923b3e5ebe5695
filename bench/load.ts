// Load with invariants (and, with --crash, faults): two production instances
// on one PostgreSQL, 32 clients posting random receipts, transfers,
// consumptions, adjustments, status changes, reversals and scan commits on a
// hot set of 4 items x 4 storage units through the HTTP API; then the same
// Idempotency-Key 50 times at once; then the invariants (bench/load/invariants.ts).
// --crash: one instance is SIGKILLed and restarted at 1/3 of the run, and
// PostgreSQL is restarted (fast shutdown) at 2/3; every invariant must still hold.
// Usage: npm run test:load [-- --ops 20000 --clients 32 --items 4 --seed 7]  |  npm run test:crash
import pg from 'pg';
import { percentile } from './lib/bench-db';
import { startCluster } from './load/cluster';
import { runClients } from './load/clients';
import { sameKeyAtOnce } from './load/double-submit';
import { checkInvariants, countPostings } from './load/invariants';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const crash = process.argv.includes('--crash');
const OPS = arg('ops', 20_000);
const CLIENTS = arg('clients', 32);
const SEED = arg('seed', Date.now() % 100_000);
// 4 items x 4 storage units is the contended case (32 clients on 16 positions); --items 40 spreads the same load.
const ITEMS = arg('items', 4);
const LOCATIONS = ['CHI-A-01-B1', 'CHI-A-01-B2', 'CHI-REEL-1-1', 'CHI-COLD'];
const OPENING_PER_LOT = 40;

const checks: { name: string; failures: string[] }[] = [];
const log = (m: string) => console.log(m);
const cluster = await startCluster(2);
let exitCode = 1;
try {
  process.env.DATABASE_URL = cluster.databaseUrl;
  const { actorByEmail } = await import('../scripts/test/actors');
  const { createOwnToken } = await import('../lib/api-tokens/create-own-token');
  const { disconnectDb } = await import('../lib/db/client');
  const admin = await actorByEmail('admin@demo.local');
  const { token } = await createOwnToken(admin, { name: 'load test' });
  await disconnectDb();

  const urls = cluster.instances.map((i) => i.url);
  const api = async (path: string, body: unknown) => {
    const res = await fetch(urls[0] + path, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`setup ${path}: HTTP ${res.status} ${await res.text()}`);
  };
  const skus = Array.from({ length: ITEMS }, (_, i) => `LOAD-${SEED}-${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) || ''}`);
  const opening = new Map<string, number>();
  for (const sku of skus) {
    await api('/api/v1/items', { sku, name: `Load test part ${sku}`, kind: 'part', unit: 'pcs', standardCost: '1.25' });
    for (const to of LOCATIONS) await api('/api/v1/movements', { type: 'receipt', sku, to, quantity: OPENING_PER_LOT });
    opening.set(sku, OPENING_PER_LOT * LOCATIONS.length);
  }

  const sql = new pg.Client({ connectionString: cluster.databaseUrl });
  await sql.connect();
  const postings = () => countPostings(sql);
  const double = [
    await sameKeyAtOnce('same key x50, receipt', urls, token, '/api/v1/movements', { type: 'receipt', sku: skus[0], to: LOCATIONS[0], quantity: 7 }, 50, postings),
    await sameKeyAtOnce('same key x50, scan commit', urls, token, '/api/v1/scan/commit', { workflow: 'general', action: 'receive', location: LOCATIONS[1], lines: [{ code: skus[1], quantity: 3 }] }, 50, postings),
  ];
  for (const d of double) checks.push({ name: d.label, failures: d.failures });
  opening.set(skus[0], opening.get(skus[0])! + 7);
  opening.set(skus[1], opening.get(skus[1])! + 3);
  const groupsBefore = await postings();
  await sql.end();

  log(`\nLoad: ${OPS} operations from ${CLIENTS} clients on ${urls.length} instances, ${ITEMS} items x ${LOCATIONS.length} storage units (${urls.join(', ')}), seed ${SEED}${crash ? ', with faults' : ''}`);
  const started = performance.now();
  const run = runClients({ instanceUrls: () => urls, token, hot: { skus, locations: LOCATIONS }, clients: CLIENTS, operations: OPS, seed: SEED });
  const faults: string[] = [];
  if (crash) {
    const at = async (fraction: number) => {
      while (run.done() < OPS * fraction) await new Promise((r) => setTimeout(r, 50));
    };
    await at(1 / 3);
    cluster.killInstance(1);
    faults.push(`instance 2 killed (SIGKILL) after ${run.done()} operations`);
    await new Promise((r) => setTimeout(r, 2_000));
    const t = performance.now();
    await cluster.startInstance(1);
    faults.push(`instance 2 restarted, serving again ${((performance.now() - t) / 1000).toFixed(1)} s after start`);
    await at(2 / 3);
    const down = performance.now();
    await cluster.restartDatabase(2_000);
    faults.push(`PostgreSQL restarted (fast shutdown) after ${run.done()} operations, down ${((performance.now() - down) / 1000).toFixed(1)} s`);
  }
  const { outcomes, transients } = await run.finished;
  const seconds = (performance.now() - started) / 1000;

  const definite = outcomes.filter((o) => o.result !== 'unknown');
  const times = outcomes.filter((o) => o.result === 'acknowledged').map((o) => o.ms).sort((a, b) => a - b);
  const byKind = new Map<string, { ok: number; rejected: number; unknown: number }>();
  for (const o of outcomes) {
    const k = byKind.get(o.op.kind) ?? { ok: 0, rejected: 0, unknown: 0 };
    k[o.result === 'acknowledged' ? 'ok' : o.result]++;
    byKind.set(o.op.kind, k);
  }
  log(`  ${definite.length} operations answered in ${seconds.toFixed(1)} s: ${(definite.length / seconds).toFixed(0)} operations/s`);
  log(`  acknowledged latency p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms`);
  for (const [kind, k] of [...byKind].sort()) log(`    ${kind.padEnd(14)} acknowledged ${String(k.ok).padStart(6)}  rejected ${String(k.rejected).padStart(5)}  unknown ${k.unknown}`);
  const rejectedStatuses = [...new Set(outcomes.filter((o) => o.result === 'rejected').map((o) => o.httpStatus))].sort().join(', ');
  log(`  rejections answered with HTTP ${rejectedStatuses || '-'}; ${outcomes.filter((o) => o.attempts > 1).length} operations needed a retry with the same key, ${outcomes.filter((o) => o.replayed).length} of them answered as a replay`);
  for (const f of faults) log(`  fault: ${f}`);
  const byStatus = new Map<string, number>();
  for (const t of transients) byStatus.set(String(t.status), (byStatus.get(String(t.status)) ?? 0) + 1);
  if (transients.length) log(`  answers without a definite result: ${[...byStatus].map(([s, n]) => `${s} x${n}`).join(', ')}`);
  const sample = transients.find((t) => t.status !== 'network');
  if (sample) log(`    e.g. HTTP ${sample.status}: ${sample.body}`);

  // The clients saw clear errors during faults: a 503 with a message, never a 500 or a stack trace.
  const unclear = transients.filter((t) => t.status !== 'network' && (t.status !== 503 || /\s+at\s|node_modules|\.ts:\d/.test(t.body)));
  checks.push({ name: 'errors the clients saw were 503 with a message', failures: unclear.slice(0, 3).map((t) => `HTTP ${t.status}: ${t.body}`) });
  if (!crash) checks.push({ name: 'no errors without faults', failures: transients.slice(0, 3).map((t) => `${t.status}: ${t.body}`) });

  const report = await checkInvariants(cluster.databaseUrl, admin.id, opening, outcomes, groupsBefore);
  checks.push({ name: 'invariants (ledger:verify, no lot below zero, on hand = opening + acknowledged, each acknowledged once, rejected left nothing, nothing else posted)', failures: report.failures });
  checks.push({ name: 'every operation got a definite answer', failures: report.unknown ? [`${report.unknown} without an answer (${report.unknownPosted} of them posted)`] : [] });
  checks.push({ name: 'some operations were acknowledged and some rejected', failures: byKind.size >= 8 && times.length > OPS / 3 ? [] : ['the run did not exercise every kind of operation'] });
  const stackLines = cluster.instances.flatMap((i) => i.errors).filter((l) => /^\s+at\s/.test(l)).length;
  log(`  server error log: ${cluster.instances.reduce((n, i) => n + i.errors.length, 0)} line(s), ${stackLines} stack frame line(s) (logged on the server, never sent to a client)`);
  const distinct = [...new Set(cluster.instances.flatMap((i) => i.errors).filter((l) => !/^\s+at\s/.test(l)).map((l) => l.replace(/[0-9a-f-]{36}|\d+/g, '#').slice(0, 160)))];
  for (const l of distinct.slice(0, 8)) log(`    ${l}`);
  exitCode = 0;
} catch (e) {
  checks.push({ name: 'the run completed', failures: [(e as Error).stack ?? String(e)] });
} finally {
  await cluster.stop();
}

log('');
for (const c of checks) log(`  ${c.failures.length ? 'FAIL' : 'ok  '} ${c.name}${c.failures.map((f) => `\n         ${f}`).join('')}`);
const failed = checks.filter((c) => c.failures.length).length;
log(`${crash ? 'crash' : 'load'}: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed || exitCode ? 1 : 0);
