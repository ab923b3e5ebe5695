// The one Prisma client of the process (ORM for everything except stock postings,
// which are SQL in lib/inventory). Created lazily from DATABASE_URL.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';

export type Db = PrismaClient;
export type { Prisma } from './generated/client';

const globalForDb = globalThis as unknown as { quartermasterDb?: PrismaClient };

function createClient(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DB_POOL_SIZE ?? 10) });
  return new PrismaClient({ adapter });
}

/** The shared client; survives hot reloads in development. */
export function db(): PrismaClient {
  globalForDb.quartermasterDb ??= createClient();
  return globalForDb.quartermasterDb;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.quartermasterDb?.$disconnect();
  globalForDb.quartermasterDb = undefined;
}
