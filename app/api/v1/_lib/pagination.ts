// List endpoints take `?limit=&cursor=` and answer `{ data, nextCursor }`.
// The cursor is opaque base64url JSON made and read by the domain's list
// operation (it knows its sort keys and checks them: a cursor is client input).
// Here only the HTTP framing is checked, so a bad value is a clear 422.
import { invalid } from '@/lib/errors';
import { json } from './respond';

export const PAGE_LIMIT = { default: 50, max: 500 } as const;
const MAX_CURSOR_LENGTH = 1000;

function parseLimit(raw: string | null): number {
  if (raw === null) return PAGE_LIMIT.default;
  // Digits only: Number() would also take ' 5', '1e2' and '0x10'.
  const limit = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (!(limit >= 1 && limit <= PAGE_LIMIT.max)) throw invalid('limit', `Use a whole number from 1 to ${PAGE_LIMIT.max}.`);
  return limit;
}

function parseCursor(raw: string | null): string | null {
  if (raw === null || raw === '') return null;
  if (raw.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(raw)) throw invalid('cursor', 'The cursor is not valid; start again from the first page.');
  return raw;
}

/** `limit` (default 50, 1..500) and the raw `cursor` of a list request; bad values throw INVALID_INPUT (422). */
export function readPage(request: Request): { limit: number; cursor: string | null } {
  const params = new URL(request.url).searchParams;
  return { limit: parseLimit(params.get('limit')), cursor: parseCursor(params.get('cursor')) };
}

export const pageResponse = <T>(page: { data: T[]; nextCursor: string | null }): Response => json({ data: page.data, nextCursor: page.nextCursor });
