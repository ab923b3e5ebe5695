// A private PostgreSQL for a benchmark run: migrated and seeded like a fresh
// installation, on a port nothing else uses, deleted afterwards.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { findFreePort, startEmbeddedPostgres } from '../../scripts/db/embedded.mjs';

const root = path.resolve(import.meta.dirname, '../..');

export async function startBenchDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qm-bench-'));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await findFreePort(57432), password: 'bench', persistent: false });
  const admin = new pg.Client({ connectionString: `${server.url}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE bench');
  await admin.end();
  const url = `${server.url}/bench`;
  const env = { ...process.env, DATABASE_URL: url };
  execFileSync(process.execPath, ['--experimental-wasm-modules', '--disable-warning=ExperimentalWarning', 'scripts/db/migrate.mjs'], { cwd: root, env, stdio: 'pipe' });
  execFileSync(process.execPath, ['--import', 'tsx', 'prisma/seed.ts'], { cwd: root, env: { ...env, SEED_DEMO_STOCK: '0' }, stdio: 'pipe' });
  return {
    url,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);
