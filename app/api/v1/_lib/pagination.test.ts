import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { encodeCursor, pageResponse, readPage } from './pagination';

const cursorSchema = z.object({ after: z.number().int() });
const req = (query: string) => new Request(`http://localhost/api/v1/things${query}`);

describe('list pagination', () => {
  it('defaults to 50 items from the first page', () => {
    expect(readPage(req(''), cursorSchema)).toEqual({ limit: 50, cursor: null });
    expect(readPage(req('?cursor='), cursorSchema)).toEqual({ limit: 50, cursor: null });
  });

  it('takes a limit from 1 to 500 and refuses anything else with INVALID_INPUT on limit', () => {
    expect(readPage(req('?limit=1'), cursorSchema).limit).toBe(1);
    expect(readPage(req('?limit=500'), cursorSchema).limit).toBe(500);
    for (const bad of ['0', '501', '-1', '1.5', '1e2', 'abc', '', ' 5', '99999']) {
      expect(() => readPage(req(`?limit=${encodeURIComponent(bad)}`), cursorSchema), bad).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', fieldErrors: { limit: expect.any(String) } }));
    }
  });

  it('round-trips a cursor and refuses forged or broken ones', () => {
    expect(readPage(req(`?cursor=${encodeCursor({ after: 42 })}`), cursorSchema).cursor).toEqual({ after: 42 });
    for (const bad of ['%%%', 'bm90IGpzb24', encodeCursor({ after: 'x' }), encodeCursor(null), 'A'.repeat(2000)]) {
      expect(() => readPage(req(`?cursor=${encodeURIComponent(bad)}`), cursorSchema), bad).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', fieldErrors: { cursor: expect.any(String) } }));
    }
  });

  it('answers data with an opaque next cursor, null on the last page', async () => {
    const more = await pageResponse([1, 2], { after: 2 }).json();
    expect(more.data).toEqual([1, 2]);
    expect(readPage(req(`?cursor=${more.nextCursor}`), cursorSchema).cursor).toEqual({ after: 2 });
    expect(await pageResponse([], null).json()).toEqual({ data: [], nextCursor: null });
  });
});
