// List endpoints answer `{ data, nextCursor }`. The cursor is opaque to clients
// (base64url JSON) but not trusted by us: each list validates it with its own
// schema, and the actor's scope is applied on every page anyway.
import type { z } from 'zod';
import { invalid } from '@/lib/errors';
import { json } from './respond';

export const PAGE_LIMIT = { default: 50, max: 500 } as const;
const MAX_CURSOR_LENGTH = 1000;
const BAD_CURSOR = 'The cursor is not valid; start again from the first page.';

export const encodeCursor = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

function decodeCursor<S extends z.ZodType>(raw: string, schema: S): z.infer<S> {
  if (raw.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(raw)) throw invalid('cursor', BAD_CURSOR);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalid('cursor', BAD_CURSOR);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalid('cursor', BAD_CURSOR);
  return parsed.data;
}

function parseLimit(raw: string | null): number {
  if (raw === null) return PAGE_LIMIT.default;
  const limit = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (!(limit >= 1 && limit <= PAGE_LIMIT.max)) throw invalid('limit', `Use a whole number from 1 to ${PAGE_LIMIT.max}.`);
  return limit;
}

/** `?limit=` and `?cursor=` of a list request; bad values throw INVALID_INPUT (422). */
export function readPage<S extends z.ZodType>(request: Request, cursorSchema: S): { limit: number; cursor: z.infer<S> | null } {
  const params = new URL(request.url).searchParams;
  const cursor = params.get('cursor');
  return { limit: parseLimit(params.get('limit')), cursor: cursor === null || cursor === '' ? null : decodeCursor(cursor, cursorSchema) };
}

/** `next` is the raw cursor value of the following page, or null on the last page. */
export const pageResponse = <T>(data: T[], next: unknown): Response => json({ data, nextCursor: next === null || next === undefined ? null : encodeCursor(next) });
