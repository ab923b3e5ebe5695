import { describe, expect, it } from 'vitest';
import { createOwnToken } from '@/lib/api-tokens/create-own-token';
import { loadActor } from '@/lib/auth/load-actor';
import { revokeOwnToken } from '@/lib/api-tokens/revoke-own-token';
import { db } from '@/lib/db/client';
import { createTestUser, demoActor } from '@/scripts/test/actors';
import { GET } from './route';

const me = (authorization?: string) => GET(new Request('http://localhost/api/v1/me', { headers: authorization === undefined ? {} : { authorization } }));

async function expectUnauthorized(res: Response, challenge: RegExp) {
  expect(res.status).toBe(401);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  expect(res.headers.get('www-authenticate')).toMatch(challenge);
  expect(res.headers.get('location')).toBeNull();
  const body = await res.json();
  expect(body).toMatchObject({ type: 'urn:quartermaster:problem:unauthenticated', title: 'Not authenticated', status: 401, code: 'UNAUTHENTICATED', detail: expect.any(String) });
  return body;
}

describe('GET /api/v1/me', () => {
  it('answers the token user', async () => {
    const member = await demoActor.member();
    const { token } = await createOwnToken(member, { name: 'route test' });
    const res = await me(`Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ email: 'member@demo.local', name: member.name, role: 'MEMBER' });
  });

  it('answers 401 problem without an Authorization header', async () => {
    const body = await expectUnauthorized(await me(), /^Bearer realm="quartermaster"$/);
    expect(body.detail).toMatch(/Authorization header/);
  });

  it('answers 401 problem for a malformed header', async () => {
    const member = await demoActor.member();
    const { token } = await createOwnToken(member, { name: 'malformed' });
    for (const header of [token, `Basic ${token}`, 'Bearer', `Bearer ${token} extra`]) {
      await expectUnauthorized(await me(header), /error="invalid_request"/);
    }
  });

  it('answers 401 problem for unknown, revoked and expired tokens', async () => {
    const member = await demoActor.member();
    await expectUnauthorized(await me(`Bearer qm_${'x'.repeat(43)}`), /error="invalid_token"/);
    const revoked = await createOwnToken(member, { name: 'revoked' });
    await revokeOwnToken(member, { id: revoked.id });
    await expectUnauthorized(await me(`Bearer ${revoked.token}`), /error="invalid_token"/);
    const expired = await createOwnToken(member, { name: 'expired' });
    await db().apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectUnauthorized(await me(`Bearer ${expired.token}`), /error="invalid_token"/);
  });

  it("answers 401 once the token's user is deactivated", async () => {
    const user = await createTestUser('MEMBER');
    const actor = (await loadActor(user.id, 1))!; // a fresh user starts at session version 1
    const { token } = await createOwnToken(actor, { name: 'soon gone' });
    expect((await me(`Bearer ${token}`)).status).toBe(200);
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    await expectUnauthorized(await me(`Bearer ${token}`), /error="invalid_token"/);
  });
});
