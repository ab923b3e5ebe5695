import { describe, expect, it } from 'vitest';
import { pageResponse, readPage } from './pagination';

const req = (query: string) => new Request(`http://localhost/api/v1/things${query}`);
const cursor = Buffer.from(JSON.stringify([42, 'R-7'])).toString('base64url');

describe('list pagination', () => {
  it('defaults to 50 items from the first page', () => {
    expect(readPage(req(''))).toEqual({ limit: 50, cursor: null });
    expect(readPage(req('?cursor='))).toEqual({ limit: 50, cursor: null });
  });

  it('takes a limit from 1 to 500 and refuses anything else with INVALID_INPUT on limit', () => {
    expect(readPage(req('?limit=1')).limit).toBe(1);
    expect(readPage(req('?limit=500')).limit).toBe(500);
    for (const bad of ['0', '501', '-1', '1.5', '1e2', '0x10', 'abc', '', ' 5', '99999']) {
      expect(() => readPage(req(`?limit=${encodeURIComponent(bad)}`)), bad).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', fieldErrors: { limit: expect.any(String) } }));
    }
  });

  it('passes a base64url cursor through for the domain to decode, and refuses other shapes', () => {
    expect(readPage(req(`?cursor=${cursor}&limit=10`))).toEqual({ limit: 10, cursor });
    for (const bad of ['%%%', 'a+b/c=', 'A'.repeat(1001)]) {
      expect(() => readPage(req(`?cursor=${encodeURIComponent(bad)}`)), bad).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', fieldErrors: { cursor: expect.any(String) } }));
    }
  });

  it('answers { data, nextCursor }', async () => {
    const res = pageResponse({ data: [1, 2], nextCursor: cursor });
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ data: [1, 2], nextCursor: cursor });
    expect(await pageResponse({ data: [], nextCursor: null }).json()).toEqual({ data: [], nextCursor: null });
  });
});
