// The one Prisma client of the process (ORM for everything except stock postings,
// which are SQL in lib/inventory/posting). Created lazily on the shared pool.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';
import { endPool, pool } from './pool';

export type Db = PrismaClient;
export type { Prisma } from './generated/client';

const globalForDb = globalThis as unknown as { quartermasterDb?: PrismaClient };

/** The shared client; survives hot reloads in development. */
export function db(): PrismaClient {
  // Interactive transactions wait for a connection and run longer than Prisma's 2 s / 5 s defaults
  // when the machine is busy (a CPU-bound report on 2 cores); they never hold stock locks (postings are SQL).
  globalForDb.quartermasterDb ??= new PrismaClient({ adapter: new PrismaPg(pool()), transactionOptions: { maxWait: 10_000, timeout: 30_000 } });
  return globalForDb.quartermasterDb;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.quartermasterDb?.$disconnect();
  globalForDb.quartermasterDb = undefined;
  await endPool();
}
