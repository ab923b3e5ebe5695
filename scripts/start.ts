// `npm start` (production build) and `npm run dev`: database, migrations, demo
// data on first start, build when stale, then Next.js on HOST:PORT.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { applyMigrations } from './db/migrate.mjs';
import { portIsFree } from './db/embedded.mjs';
import { buildIsCurrent, markBuilt, sourceFingerprint } from './lib/build-fingerprint';
import { openDatabase, StartupError, type Database } from './lib/database';
import { loadSecrets } from './lib/secrets';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.resolve(root, process.env.QM_DATA_DIR ?? '.data');
const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
const t0 = performance.now();
const say = (m: string) => console.log(`[quartermaster] ${m}`);

async function seedIfEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query('select count(*)::int as n from "User"');
  await client.end();
  if (rows[0].n > 0 || process.env.SEED_DEMO === '0') return false;
  process.env.DATABASE_URL = url;
  const { seedDemo } = await import('../prisma/seed');
  const { db, disconnectDb } = await import('../lib/db/client');
  await seedDemo(db());
  const { seedDemoStock } = await import('../prisma/demo-stock');
  await seedDemoStock(db());
  const { seedDemoSerials } = await import('../prisma/demo-serials');
  await seedDemoSerials(db());
  const { seedDemoSales } = await import('../prisma/demo-sales');
  await seedDemoSales(db());
  const { seedPluginDemos } = await import('../lib/plugins');
  await seedPluginDemos(db());
  await disconnectDb();
  return true;
}

/** Month-start stock snapshots keep "as of" views fast; built in the background, now and every 6 hours. */
function keepSnapshotsCurrent(url: string): void {
  const run = async () => {
    process.env.DATABASE_URL = url;
    const { ensureSnapshots } = await import('../lib/inventory/snapshots/ensure-snapshots');
    const built = (await ensureSnapshots()).filter((r) => r.built).length;
    if (built) say(`Built ${built} month stock snapshot(s).`);
  };
  const safely = () => void run().catch((e) => console.error(`[quartermaster] Stock snapshots not built: ${(e as Error).message}`));
  setTimeout(safely, 5_000).unref();
  setInterval(safely, 6 * 60 * 60_000).unref();
}

function buildIfNeeded(env: NodeJS.ProcessEnv): void {
  const fingerprint = sourceFingerprint(root, env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? '');
  if (buildIsCurrent(root, fingerprint)) return;
  say('Building the portal (first start or changed sources)...');
  const result = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) throw new StartupError('The build failed (see above).');
  markBuilt(root, fingerprint);
}

async function main(): Promise<void> {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new StartupError(`PORT=${process.env.PORT} is not a port number.`);
  if (!(await portIsFree(port, host))) throw new StartupError(`Port ${port} on ${host} is already in use. Stop what runs there or start with PORT=<another port>.`);

  const secrets = loadSecrets(path.join(root, '.data'));
  let database: Database | undefined;
  const stopAll = async (child?: ChildProcess) => {
    child?.kill('SIGTERM');
    await database?.stop().catch(() => {});
  };
  database = await openDatabase(dataDir);
  say(database.embedded ? `Embedded PostgreSQL running (data in ${path.relative(root, dataDir) || '.'}/pg).` : 'Using the PostgreSQL server at DATABASE_URL.');
  try {
    const applied = await applyMigrations(database.url);
    if (applied.length) say(`Applied migrations: ${applied.join(', ')}`);
    if (await seedIfEmpty(database.url)) say('Loaded the demo data.');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: secrets.NEXTAUTH_SECRET,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: secrets.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY,
      AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? 'true',
      NEXT_TELEMETRY_DISABLED: '1',
      // Database timestamps are stored without a zone, in UTC; node-pg reads such values in the process's zone.
      TZ: 'UTC',
    };
    if (!dev) buildIfNeeded(env);
    const child = spawn(process.execPath, [nextBin, dev ? 'dev' : 'start', '-p', String(port), '-H', host], { cwd: root, env, stdio: ['inherit', 'pipe', 'inherit'] });
    let announced = false;
    child.stdout!.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      if (!announced && /Ready|started server|Local:/i.test(chunk.toString())) {
        announced = true;
        const shown = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
        say(`Portal ready at http://${shown}:${port} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
        say('Demo accounts (password demo1234): admin@demo.local, dept.lead@demo.local, team.lead@demo.local, member@demo.local');
      }
    });
    if (process.env.QM_SNAPSHOTS !== '0') keepSnapshotsCurrent(database.url);
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void stopAll(child).then(() => process.exit(0)));
    child.on('exit', async (code) => {
      await database?.stop().catch(() => {});
      process.exit(code ?? 0);
    });
  } catch (e) {
    await stopAll();
    throw e;
  }
}

main().catch((e) => {
  console.error(`[quartermaster] ${e instanceof StartupError ? e.message : `Start failed: ${(e as Error)?.message ?? e}`}`);
  process.exit(1);
});
