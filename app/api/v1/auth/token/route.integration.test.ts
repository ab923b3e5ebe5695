import { describe, expect, it } from 'vitest';
import { createTestUser } from '@/scripts/test/actors';
import { GET as getMe } from '../../me/route';
import { POST } from './route';

const post = (body: string, ip = '192.0.2.10') =>
  POST(new Request('http://localhost/api/v1/auth/token', { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': `${ip}, 10.0.0.1` }, body }));

describe('POST /api/v1/auth/token', () => {
  it('answers 201 with a token that then opens the API', async () => {
    const user = await createTestUser('TEAM_LEAD');
    const res = await post(JSON.stringify({ email: user.email, password: user.password }));
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await res.json();
    expect(body).toEqual({ token: expect.stringMatching(/^qm_/), expiresAt: expect.any(String) });
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 89 * 24 * 3600_000);
    const me = await getMe(new Request('http://localhost/api/v1/me', { headers: { authorization: `Bearer ${body.token}` } }));
    expect(await me.json()).toMatchObject({ email: user.email, role: 'TEAM_LEAD' });
  });

  it('answers a wrong password or unknown e-mail with 401 and the sign-in page wording', async () => {
    const user = await createTestUser('MEMBER');
    const res = await post(JSON.stringify({ email: user.email, password: 'not it' }));
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', detail: 'Wrong e-mail or password.' });
    const unknown = await post(JSON.stringify({ email: 'nobody@test.local', password: 'not it' }));
    expect(await unknown.json()).toMatchObject({ status: 401, detail: 'Wrong e-mail or password.' });
  });

  it('answers 429 once the account is throttled', async () => {
    const user = await createTestUser('MEMBER');
    for (let i = 0; i < 5; i++) await post(JSON.stringify({ email: user.email, password: 'guess' }), `198.51.100.${i}`);
    const res = await post(JSON.stringify({ email: user.email, password: user.password }), '203.0.113.9');
    expect(res.status).toBe(429);
    expect(await res.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED', detail: expect.stringMatching(/Try again/) });
  });

  it('answers 400 for a body that is not JSON, and 422 naming the fields for the wrong shape', async () => {
    for (const body of ['{"email":', 'email=a&password=b', '']) {
      const res = await post(body);
      expect(res.status, body).toBe(400);
      expect(await res.json(), body).toMatchObject({ status: 400, code: 'MALFORMED_REQUEST' });
    }
    const res = await post(JSON.stringify({ email: 1, expiresInDays: 9999 }));
    expect(res.status).toBe(422);
    expect((await res.json()).errors).toEqual({ email: expect.any(String), password: expect.any(String), expiresInDays: expect.any(String) });
  });
});
