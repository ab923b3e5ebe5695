import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { queryParamsFor } from './query-params';

const filter = z.object({ sku: z.string().optional(), lowStock: z.string().optional(), asOf: z.string().optional() });
const req = (query: string) => new Request(`http://localhost/api/v1/things${query}`);

describe('query parameters for a filter', () => {
  it("takes the filter's fields only, first value of a repeated one", () => {
    expect(queryParamsFor(req('?sku=R-1&sku=R-2&limit=5&cursor=abc&other=x&asOf='), filter)).toEqual({ sku: 'R-1', asOf: '' });
  });

  it('leaves out fields the path already names', () => {
    expect(queryParamsFor(req('?sku=R-1&lowStock=true'), filter, ['sku'])).toEqual({ lowStock: 'true' });
  });
});
