// Server side only: loading a view whose URL may carry a bad filter or cursor.
import { DomainError } from '@/lib/errors';

export type Attempt<T> = { ok: true; value: T } | { ok: false; message: string; fieldErrors: Record<string, string> };

/** Loads a view whose URL may carry a bad filter or cursor: that is shown as a message, anything else is thrown. */
export async function attempt<T>(load: Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await load };
  } catch (e) {
    if (e instanceof DomainError && e.code === 'INVALID_INPUT') return { ok: false, message: e.message, fieldErrors: e.fieldErrors };
    throw e;
  }
}
