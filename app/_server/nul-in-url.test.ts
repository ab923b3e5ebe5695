import { describe, expect, it } from 'vitest';
import { urlHasNul } from './nul-in-url';

describe('NUL in a URL', () => {
  it('is found in the path or the query, encoded in either case', () => {
    expect(urlHasNul(new URL('http://qm.local/api/v1/purchase-orders/%00'))).toBe(true);
    expect(urlHasNul(new URL('http://qm.local/inventory/items/a%00b'))).toBe(true);
    expect(urlHasNul(new URL('http://qm.local/api/v1/inventory?sku=x%00'))).toBe(true);
  });

  it('leaves other escapes alone', () => {
    expect(urlHasNul(new URL('http://qm.local/api/v1/items/LDR-4.1'))).toBe(false);
    expect(urlHasNul(new URL('http://qm.local/labels/lots/LDR-4.1%230001.pdf?x=%2500'))).toBe(false);
  });
});
