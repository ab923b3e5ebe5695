// Liveness and readiness for a load balancer: is this instance serving, and
// does it reach its database within a second?
import type pg from 'pg';
import { pool } from './pool';

export interface Health {
  ok: boolean;
  database: 'reachable' | 'unreachable';
  /** Round trip of `SELECT 1`, in milliseconds. */
  latencyMs: number | null;
}

export async function checkHealth(timeoutMs = 1_000, database: Pick<pg.Pool, 'query'> = pool()): Promise<Health> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      database.query('SELECT 1'),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      }),
    ]);
    return { ok: true, database: 'reachable', latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch {
    return { ok: false, database: 'unreachable', latencyMs: null };
  } finally {
    clearTimeout(timer);
  }
}
