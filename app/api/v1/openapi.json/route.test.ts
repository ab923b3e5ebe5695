import { describe, expect, it } from 'vitest';
import { GET } from './route';

describe('GET /api/v1/openapi.json', () => {
  it('serves the OpenAPI document without a token', async () => {
    const res = await GET(new Request('http://localhost/api/v1/openapi.json'));
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc).toMatchObject({ openapi: '3.1.0', servers: [{ url: '/api/v1' }] });
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/auth/token', '/me']));
  });
});
