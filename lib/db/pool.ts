// The process's one PostgreSQL connection pool, shared by the Prisma client and
// the SQL posting path (lib/inventory/posting).
import pg from 'pg';

const globalForPool = globalThis as unknown as { quartermasterPool?: pg.Pool };

export function pool(): pg.Pool {
  if (!globalForPool.quartermasterPool) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set');
    const created = new pg.Pool({ connectionString: url, max: Number(process.env.DB_POOL_SIZE ?? 10) });
    // An idle connection dropped by a database restart must not crash the process.
    created.on('error', (e) => console.error('database connection lost:', e.message));
    globalForPool.quartermasterPool = created;
  }
  return globalForPool.quartermasterPool;
}

export async function endPool(): Promise<void> {
  await globalForPool.quartermasterPool?.end();
  globalForPool.quartermasterPool = undefined;
}
