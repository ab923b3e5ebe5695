// Integration tests run against a real PostgreSQL: one private cluster per run,
// a template database with the real migrations and the demo data, and a fresh
// copy of it per test file (database-per-file.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { findFreePort, startEmbeddedPostgres } from '../db/embedded.mjs';

export const TEMPLATE_DB = 'qm_template';
const root = path.resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    pgBaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qm-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await findFreePort(56432), password: 'test', persistent: false });
  const admin = new pg.Client({ connectionString: `${server.url}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  const templateUrl = `${server.url}/${TEMPLATE_DB}`;
  const env = { ...process.env, DATABASE_URL: templateUrl };
  const run = (args: string[]) => {
    try {
      execFileSync(process.execPath, args, { cwd: root, env, stdio: 'pipe' });
    } catch (e) {
      throw new Error(`${args.join(' ')} failed: ${String((e as { stderr?: Buffer }).stderr ?? e)}`);
    }
  };
  run(['--experimental-wasm-modules', '--disable-warning=ExperimentalWarning', 'scripts/db/migrate.mjs']);
  run(['--import', 'tsx', 'prisma/seed.ts']);
  project.provide('pgBaseUrl', server.url);
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
