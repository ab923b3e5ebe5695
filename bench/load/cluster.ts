// The system under load: one PostgreSQL (embedded, restartable with a fast
// shutdown) and several production `next start` instances on it, as behind a
// load balancer. Killing an instance is SIGKILL; nothing is cleaned up for it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { findFreePort, startEmbeddedPostgres } from '../../scripts/db/embedded.mjs';
import { applyMigrations } from '../../scripts/db/migrate.mjs';
import { buildIfStale, nextBin, portalEnv, root } from '../../scripts/lib/portal';
import { loadSecrets } from '../../scripts/lib/secrets';
import { seedIfEmpty } from '../../scripts/lib/seed-if-empty';

const say = (m: string) => console.log(`[cluster] ${m}`);

export interface Instance {
  port: number;
  url: string;
  process: ChildProcess | null;
  /** Lines the instance wrote to stderr (errors it logged). */
  errors: string[];
}

async function waitUntilServing(url: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${url}/signin`, { signal: AbortSignal.timeout(5_000) })).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not start serving within ${timeoutMs / 1000} s`);
}

export async function startCluster(instanceCount: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qm-load-'));
  const dbPort = await findFreePort(56400);
  const pgOptions = { dataDir: path.join(dir, 'pg'), port: dbPort, password: 'load', persistent: true };
  let server = await startEmbeddedPostgres(pgOptions);
  const admin = new pg.Client({ connectionString: `${server.url}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE quartermaster');
  await admin.end();
  const databaseUrl = `${server.url}/quartermaster`;
  // The build's server-actions key is the one `npm start` uses, so its build is reused.
  const env = { ...portalEnv(databaseUrl, loadSecrets(path.join(root, '.data'))), DB_POOL_SIZE: process.env.DB_POOL_SIZE ?? '10' };
  try {
    await applyMigrations(databaseUrl);
    await seedIfEmpty(databaseUrl);
    if (!buildIfStale(env, say)) throw new Error('The build failed (see above).');
  } catch (e) {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }

  const instances: Instance[] = [];
  for (let i = 0; i < instanceCount; i++) {
    const port = await findFreePort(3400 + i * 10);
    instances.push({ port, url: `http://127.0.0.1:${port}`, process: null, errors: [] });
  }

  async function startInstance(i: number): Promise<void> {
    const instance = instances[i];
    const child = spawn(process.execPath, [nextBin, 'start', '-p', String(instance.port), '-H', '127.0.0.1'], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr!.on('data', (chunk: Buffer) => instance.errors.push(...chunk.toString().split('\n').filter(Boolean)));
    instance.process = child;
    await waitUntilServing(instance.url);
  }

  function killInstance(i: number): void {
    instances[i].process?.kill('SIGKILL');
    instances[i].process = null;
  }

  /** A fast shutdown (SIGINT: open transactions are rolled back, clients disconnected), then a start. */
  async function restartDatabase(downForMs: number): Promise<void> {
    await server.stop();
    await new Promise((r) => setTimeout(r, downForMs));
    server = await startEmbeddedPostgres(pgOptions);
  }

  await Promise.all(instances.map((_, i) => startInstance(i)));
  return {
    databaseUrl,
    instances,
    startInstance,
    killInstance,
    restartDatabase,
    async stop(): Promise<void> {
      for (let i = 0; i < instances.length; i++) killInstance(i);
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type Cluster = Awaited<ReturnType<typeof startCluster>>;
