// Demo data on a database that has no users yet (first `npm start`, the load
// and fault suites); SEED_DEMO=0 leaves the database empty.
import pg from 'pg';

export async function seedIfEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query('select count(*)::int as n from "User"');
  await client.end();
  if (rows[0].n > 0 || process.env.SEED_DEMO === '0') return false;
  process.env.DATABASE_URL = url;
  const { seedDemoData } = await import('../../prisma/seed');
  const { db, disconnectDb } = await import('../../lib/db/client');
  await seedDemoData(db());
  await disconnectDb();
  return true;
}
