// Finds the database for `npm start`/`npm run dev`: DATABASE_URL when set (never
// starting a server of our own), otherwise a private cluster under .data/pg.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { findFreePort, startEmbeddedPostgres } from '../db/embedded.mjs';

export interface Database {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

export class StartupError extends Error {}

const redact = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

async function reachable(url: string, timeoutMs: number): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('select 1');
  } finally {
    await client.end().catch(() => {});
  }
}

export async function openDatabase(dataDir: string): Promise<Database> {
  const external = process.env.DATABASE_URL;
  if (external) {
    try {
      await reachable(external, 5000);
    } catch (e) {
      const reason = (e as Error).message || (e as { code?: string }).code || 'no answer';
      throw new StartupError(`Cannot reach PostgreSQL at DATABASE_URL=${redact(external)} (tried for 5 s): ${reason}`);
    }
    return { url: external, embedded: false, stop: async () => {} };
  }
  mkdirSync(dataDir, { recursive: true });
  const passwordFile = path.join(dataDir, 'pg-password');
  if (!existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const pgPassword = readFileSync(passwordFile, 'utf8').trim();
  const portFile = path.join(dataDir, 'pg-port');
  const preferred = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) : 54329;
  const port = await findFreePort(preferred);
  writeFileSync(portFile, String(port));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port, password: pgPassword }).catch((e: Error) => {
    throw new StartupError(`Could not start the embedded PostgreSQL: ${e.message}`);
  });
  const admin = new pg.Client({ connectionString: `${server.url}/postgres` });
  await admin.connect();
  const { rowCount } = await admin.query(`select 1 from pg_database where datname = 'quartermaster'`);
  if (!rowCount) await admin.query('create database quartermaster');
  await admin.end();
  return { url: `${server.url}/quartermaster`, embedded: true, stop: server.stop };
}
