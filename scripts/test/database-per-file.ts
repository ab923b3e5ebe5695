// Gives each integration test file its own database, copied from the migrated
// and seeded template, and points lib/db at it (DATABASE_URL) before any import.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { disconnectDb } from '../../lib/db/client';

const base = inject('pgBaseUrl');
const name = `t_${randomBytes(6).toString('hex')}`;

async function admin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: `${base}/postgres` });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE qm_template`));
process.env.DATABASE_URL = `${base}/${name}`;

afterAll(async () => {
  await disconnectDb();
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
});
