// Slows down repeated failed sign-ins, per account and per client address.
// Counters live in the database so every app instance sees them.
import { db } from '../db/client';

const FREE_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;
const MAX_BLOCK_MS = 15 * 60_000;

export const throttleKeys = (email: string, ip: string | null) => [`email:${email.toLowerCase()}`, ...(ip ? [`ip:${ip}`] : [])];

/** Seconds until the next attempt is allowed for any of the keys (0 when allowed now). */
export async function secondsUntilAllowed(keys: string[], now = new Date()): Promise<number> {
  const rows = await db().signInThrottle.findMany({ where: { key: { in: keys } } });
  const until = Math.max(0, ...rows.map((r) => (r.blockedUntil ? r.blockedUntil.getTime() - now.getTime() : 0)));
  return Math.ceil(until / 1000);
}

/** Delay after the n-th failure in the window: none for the first few, then doubling from 2 s up to 15 min. */
export function blockAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_BLOCK_MS, 2000 * 2 ** (failures - FREE_FAILURES));
}

export async function recordFailure(keys: string[], now = new Date()): Promise<void> {
  for (const key of keys) {
    const row = await db().signInThrottle.findUnique({ where: { key } });
    const fresh = !row || now.getTime() - row.windowStart.getTime() > WINDOW_MS;
    const failures = fresh ? 1 : row.failures + 1;
    const blockMs = blockAfter(failures);
    const data = { failures, windowStart: fresh ? now : row.windowStart, blockedUntil: blockMs ? new Date(now.getTime() + blockMs) : null };
    await db().signInThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
  }
}

export async function clearFailures(email: string): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key: `email:${email.toLowerCase()}` } });
}
