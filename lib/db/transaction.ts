// A SQL transaction on one pooled connection, retried a bounded number of times
// when PostgreSQL reports a serialization failure or deadlock (the caller never
// sees those). Every statement is parameterised.
import type pg from 'pg';
import { pool } from './pool';

const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 5;

export type SqlClient = pg.PoolClient;

export const pgCode = (e: unknown): string | undefined => (e as { code?: string } | null)?.code;

export async function inTransaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool().connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      if (attempt < MAX_ATTEMPTS && RETRYABLE.has(pgCode(e) ?? '')) {
        await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
        continue;
      }
      throw e;
    } finally {
      client.release();
    }
  }
}
