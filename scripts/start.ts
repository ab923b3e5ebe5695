// `npm start` (production build) and `npm run dev`: database, migrations, demo
// data on first start, build when stale, then Next.js on HOST:PORT.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { applyMigrations } from './db/migrate.mjs';
import { portIsFree } from './db/embedded.mjs';
import { openDatabase, StartupError, type Database } from './lib/database';
import { buildIfStale, nextBin, portalEnv, root } from './lib/portal';
import { loadSecrets } from './lib/secrets';
import { seedIfEmpty } from './lib/seed-if-empty';

const dataDir = path.resolve(root, process.env.QM_DATA_DIR ?? '.data');
const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const t0 = performance.now();
const say = (m: string) => console.log(`[quartermaster] ${m}`);

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
    const env = portalEnv(database.url, secrets);
    if (!dev && !buildIfStale(env, say)) throw new StartupError('The build failed (see above).');
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
