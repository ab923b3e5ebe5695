import { describe, expect, it } from 'vitest';
import { DELETE, GET } from './route';

describe('unknown /api/v1 paths', () => {
  it('answer 404 problem+json naming the request', async () => {
    for (const handler of [GET, DELETE]) {
      const res = await handler(new Request('http://localhost/api/v1/no/such/thing', { method: handler === GET ? 'GET' : 'DELETE' }));
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(await res.json()).toMatchObject({ status: 404, code: 'NOT_FOUND', detail: expect.stringContaining('/api/v1/no/such/thing') });
    }
  });
});
