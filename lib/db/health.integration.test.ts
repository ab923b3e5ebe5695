import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/health/route';
import { checkHealth } from './health';

describe('health check', () => {
  it('answers 200 with the database reachable', async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await res.json();
    expect(body).toMatchObject({ ok: true, database: 'reachable' });
    expect(body.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('says unreachable when nothing listens where the database should be', async () => {
    const nowhere = new pg.Pool({ connectionString: 'postgresql://nobody:x@127.0.0.1:1/none', connectionTimeoutMillis: 500 });
    try {
      expect(await checkHealth(1_000, nowhere)).toEqual({ ok: false, database: 'unreachable', latencyMs: null });
    } finally {
      await nowhere.end();
    }
  });

  it('says unreachable when the database does not answer within the budget', async () => {
    const hanging = { query: () => new Promise<never>(() => {}) } as unknown as pg.Pool;
    expect(await checkHealth(50, hanging)).toEqual({ ok: false, database: 'unreachable', latencyMs: null });
  });
});
