// Unique indexes have the last word on duplicates that slip past a check made
// a moment earlier (two admins saving at once): Prisma reports them as P2002.
import { DomainError } from './errors';

export const isUniqueViolation = (e: unknown): boolean => (e as { code?: unknown } | null)?.code === 'P2002';

/** Runs a write; a unique-index violation becomes a CONFLICT on the given field. */
export async function conflictOnDuplicate<T>(write: () => Promise<T>, field: string, message: string): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError('CONFLICT', message, { [field]: message });
    throw e;
  }
}
