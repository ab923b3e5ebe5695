// The system under load: one PostgreSQL (embedded, restartable with a fast
// shutdown) and several production `next start` instances on it, as behind a
// load balancer. Killing an instance is SIGKILL; nothing is cleaned up for it.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { findFreePort, startEmbeddedPostgres } from '../../scripts/db/embedded.mjs';
import { applyMigrations } from '../../scripts/db/migrate.mjs';
import { seedIfEmpty } from '../../scripts/lib/seed-if-empty';
import { holdBuildLock, startPortal, type Portal } from '../lib/portal-server';

const say = (m: string) => console.log(`[cluster] ${m}`);

export interface Instance {
  port: number;
  url: string;
  portal: Portal | null;
  /** Lines the instance wrote to stderr (errors it logged). */
  errors: string[];
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
  const instances: Instance[] = [];
  // No other build may replace .next under the running instances.
  const releaseBuildLock = await holdBuildLock(say);

  async function startInstance(i: number): Promise<void> {
    const instance = instances[i];
    // The first start builds when the build is stale; every instance gets production's pool size.
    instance.portal = await startPortal(databaseUrl, instance.port, say, { env: { DB_POOL_SIZE: process.env.DB_POOL_SIZE ?? '10' }, onErrorLine: (l) => instance.errors.push(l) });
  }

  function killInstance(i: number): void {
    instances[i].portal?.kill();
    instances[i].portal = null;
  }

  /** A fast shutdown (SIGINT: open transactions are rolled back, clients disconnected), then a start. */
  async function restartDatabase(downForMs: number): Promise<void> {
    await server.stop();
    await new Promise((r) => setTimeout(r, downForMs));
    server = await startEmbeddedPostgres(pgOptions);
  }

  async function stop(): Promise<void> {
    for (let i = 0; i < instances.length; i++) killInstance(i);
    releaseBuildLock();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  try {
    await applyMigrations(databaseUrl);
    await seedIfEmpty(databaseUrl);
    for (let i = 0; i < instanceCount; i++) {
      const port = await findFreePort(3400 + i * 10);
      instances.push({ port, url: `http://127.0.0.1:${port}`, portal: null, errors: [] });
      await startInstance(i);
    }
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    databaseUrl,
    instances,
    startInstance,
    killInstance,
    restartDatabase,
    stop,
  };
}

export type Cluster = Awaited<ReturnType<typeof startCluster>>;
