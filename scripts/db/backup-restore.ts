// `npm run test:backup`: proves the backup procedure of docs/operations.md on a
// throwaway cluster. Continuous archiving (PITR): WAL is archived as it fills,
// a base backup is taken while the portal keeps posting (pg_backup_start /
// copy / pg_backup_stop), stock is posted after it, and the backup is restored
// twice into fresh folders: to the end of the archive (every posting back) and
// to a moment between two postings (only the first back). Both must pass
// ledger:verify. Needs only the PostgreSQL server binaries (no pg_dump of the
// server's major version is required).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { findFreePort, startEmbeddedPostgres } from './embedded.mjs';
import { applyMigrations } from './migrate.mjs';
import { verifyLedger } from '../../lib/inventory/verify-ledger';
import { seedIfEmpty } from '../lib/seed-if-empty';

const isRoot = process.getuid?.() === 0;
const work = mkdtempSync(path.join(os.tmpdir(), 'qm-backup-'));
const archive = path.join(work, 'wal-archive');
mkdirSync(archive);
// As root the cluster runs as the postgres OS user, who must own what it reads and writes.
const giveToPostgres = (dir: string) => isRoot && execFileSync('chown', ['-R', 'postgres:postgres', dir]);
execFileSync('chmod', ['755', work]);
giveToPostgres(archive);

const checks: { name: string; ok: boolean; detail: string }[] = [];
const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
const archiving = ['-c', 'wal_level=replica', '-c', 'archive_mode=on', '-c', `archive_command=cp %p ${archive}/%f`, '-c', 'archive_timeout=60'];

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

/** What a restore must bring back: the ledger's rows, in order, hashed. */
const ledgerFingerprint = (url: string) =>
  query<{ n: number; hash: string }>(url, `SELECT count(*)::int AS n, md5(coalesce(string_agg(id || ':' || "itemId" || ':' || "locationId" || ':' || quantity::text || ':' || "groupId", ',' ORDER BY id), '')) AS hash FROM "LedgerEntry"`).then((r) => r[0]);

async function restore(base: string, label: string, target: Date | null, port: number) {
  const dataDir = path.join(work, `restored-${label}`);
  mkdirSync(dataDir);
  execFileSync('tar', ['-xf', base, '-C', dataDir]);
  execFileSync('cp', [path.join(work, 'backup_label'), path.join(dataDir, 'backup_label')]);
  writeFileSync(path.join(dataDir, 'recovery.signal'), '');
  appendFileSync(path.join(dataDir, 'postgresql.auto.conf'), `\nrestore_command = 'cp ${archive}/%f %p'\nrecovery_target_action = 'promote'\n${target ? `recovery_target_time = '${target.toISOString().replace('T', ' ').replace('Z', '+00')}'\n` : ''}`);
  execFileSync('chmod', ['700', dataDir]);
  giveToPostgres(dataDir);
  const server = await startEmbeddedPostgres({ dataDir, port, password: 'backup', extraFlags: ['-c', 'archive_mode=off'] });
  const url = `${server.url}/quartermaster`;
  for (let i = 0; i < 100 && (await query<{ r: boolean }>(url, 'SELECT pg_is_in_recovery() AS r'))[0].r; i++) await new Promise((r) => setTimeout(r, 100));
  return { url, stop: server.stop };
}

const t0 = performance.now();
const port = await findFreePort(56900);
const source = await startEmbeddedPostgres({ dataDir: path.join(work, 'source'), port, password: 'backup', extraFlags: archiving });
try {
  await query(`${source.url}/postgres`, 'CREATE DATABASE quartermaster');
  const url = `${source.url}/quartermaster`;
  await applyMigrations(url);
  await seedIfEmpty(url);
  process.env.DATABASE_URL = url;
  const { receiveStock } = await import('../../lib/inventory/movements/receive-stock');
  const { actorByEmail } = await import('../test/actors');
  const { disconnectDb } = await import('../../lib/db/client');
  const admin = await actorByEmail('admin@demo.local');

  // Base backup, non-exclusive: the session that starts it must be the one that stops it.
  const session = new pg.Client({ connectionString: url });
  await session.connect();
  await session.query(`SELECT pg_backup_start('quartermaster', true)`);
  await receiveStock(admin, { sku: 'RES-4K7-0603', to: 'CHI-A-01-B1', quantity: 11 }); // posted while the copy runs
  const base = path.join(work, 'base.tar');
  execFileSync('tar', ['-cf', base, '--exclude=./pg_wal/*', '--exclude=./postmaster.pid', '--exclude=./postmaster.opts', '-C', path.join(work, 'source'), '.'], { stdio: 'pipe' });
  const stopped = await session.query<{ labelfile: string }>('SELECT labelfile FROM pg_backup_stop(true)');
  writeFileSync(path.join(work, 'backup_label'), stopped.rows[0].labelfile);
  await session.end();

  await receiveStock(admin, { sku: 'RES-4K7-0603', to: 'CHI-A-01-B1', quantity: 13 });
  const between = (await query<{ now: Date }>(url, 'SELECT clock_timestamp() AS now'))[0].now;
  const atBetween = await ledgerFingerprint(url);
  await new Promise((r) => setTimeout(r, 1100));
  await receiveStock(admin, { sku: 'RES-4K7-0603', to: 'CHI-A-01-B1', quantity: 17 });
  await disconnectDb();
  const atEnd = await ledgerFingerprint(url);
  await query(url, 'SELECT pg_switch_wal()');
  await new Promise((r) => setTimeout(r, 1500)); // the archiver copies the last segment
  await source.stop();

  const full = await restore(base, 'latest', null, await findFreePort(port + 1));
  const restoredEnd = await ledgerFingerprint(full.url);
  check('restore to the end of the archive brings back every posting', restoredEnd.hash === atEnd.hash, `${restoredEnd.n} of ${atEnd.n} ledger entries, ${restoredEnd.hash === atEnd.hash ? 'identical' : 'different'}`);
  const verifier = new pg.Client({ connectionString: full.url });
  await verifier.connect();
  const verified = await verifyLedger(verifier);
  await verifier.end();
  check('the restored ledger agrees with its balances (ledger:verify)', !verified.differences.length && !verified.negative, `${verified.entries} entries, ${verified.lots} lots, ${verified.differences.length} differences`);
  await full.stop();

  const pitr = await restore(base, 'between', between, await findFreePort(port + 2));
  const restoredBetween = await ledgerFingerprint(pitr.url);
  check('restore to a point in time brings back exactly what was posted before it', restoredBetween.hash === atBetween.hash && restoredBetween.n < atEnd.n, `${restoredBetween.n} ledger entries (${atBetween.n} at that moment, ${atEnd.n} at the end)`);
  await pitr.stop();
} catch (e) {
  check('the backup and restore ran', false, (e as Error).stack ?? String(e));
  await source.stop().catch(() => {});
} finally {
  rmSync(work, { recursive: true, force: true });
}

for (const c of checks) console.log(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`);
const failed = checks.filter((c) => !c.ok).length;
console.log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
console.log(`backup: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
