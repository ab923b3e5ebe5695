import { describe, expect, it } from 'vitest';
import { createTestUser, demoActor } from '../../scripts/test/actors';
import { db } from '../db/client';
import { authenticateToken } from './authenticate-token';
import { createOwnToken } from './create-own-token';
import { issueToken } from './issue-token';
import { listAllTokens } from './list-all-tokens';
import { listOwnTokens } from './list-own-tokens';
import { revokeAnyToken } from './revoke-any-token';
import { revokeOwnToken } from './revoke-own-token';
import { hashToken } from './token-format';

const DAY_MS = 24 * 60 * 60_000;

describe('issuing API tokens', () => {
  it('signs in with e-mail and password, stores only the hash and expires in 90 days', async () => {
    const user = await createTestUser('MEMBER');
    const before = Date.now();
    const { token, expiresAt } = await issueToken({ email: user.email.toUpperCase(), password: user.password }, '10.0.0.1');
    expect(token).toMatch(/^qm_/);
    const row = await db().apiToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(row.userId).toBe(user.id);
    expect(row.prefix).toBe(token.slice(0, 9));
    expect(JSON.stringify(row)).not.toContain(token.slice(3));
    expect(expiresAt.getTime() - before).toBeGreaterThanOrEqual(90 * DAY_MS - 1000);
    expect(expiresAt.getTime() - before).toBeLessThanOrEqual(90 * DAY_MS + 5000);
    const audit = await db().auditEvent.findFirst({ where: { entity: 'ApiToken', entityId: String(row.id), action: 'api-token.create' } });
    expect(audit?.actorId).toBe(user.id);
    expect(JSON.stringify(audit?.after)).not.toContain(token.slice(3));
  });

  it('answers a wrong password like the sign-in page and counts it for throttling', async () => {
    const user = await createTestUser('MEMBER');
    await expect(issueToken({ email: user.email, password: 'wrong one' }, '10.0.0.2')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: 'Wrong e-mail or password.' });
    await expect(issueToken({ email: 'nobody@test.local', password: 'x' }, '10.0.0.2')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: 'Wrong e-mail or password.' });
    for (let i = 0; i < 4; i++) await issueToken({ email: user.email, password: 'wrong one' }, '10.0.0.3').catch(() => {});
    // The account is now blocked, even for the right password.
    await expect(issueToken({ email: user.email, password: user.password }, '10.0.0.4')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(await db().apiToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it('refuses a deactivated account and malformed input', async () => {
    const user = await createTestUser('MEMBER');
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    await expect(issueToken({ email: user.email, password: user.password }, null)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(issueToken({ email: 42 }, null)).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { email: expect.any(String), password: expect.any(String) } });
  });
});

describe('authenticating with a token', () => {
  it('gives the token owner as the actor and records the use at most once a minute', async () => {
    const member = await demoActor.member();
    const { id, token } = await createOwnToken(member, { name: 'line PC' });
    const now = new Date();
    await expect(authenticateToken(token, now)).resolves.toMatchObject({ id: member.id, email: member.email, role: 'MEMBER' });
    const first = await db().apiToken.findUniqueOrThrow({ where: { id } });
    expect(first.lastUsedAt?.getTime()).toBe(now.getTime());
    await authenticateToken(token, new Date(now.getTime() + 30_000));
    expect((await db().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt?.getTime()).toBe(now.getTime());
    const later = new Date(now.getTime() + 61_000);
    await authenticateToken(token, later);
    expect((await db().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt?.getTime()).toBe(later.getTime());
  });

  it('refuses unknown, malformed, revoked and expired tokens', async () => {
    const member = await demoActor.member();
    const { id, token } = await createOwnToken(member, { name: 'short-lived', expiresInDays: '1' });
    expect(await authenticateToken('qm_' + 'A'.repeat(43))).toBeNull();
    expect(await authenticateToken('not a token')).toBeNull();
    expect(await authenticateToken(token, new Date(Date.now() + 2 * DAY_MS))).toBeNull();
    await revokeOwnToken(member, { id: String(id) });
    expect(await authenticateToken(token)).toBeNull();
  });

  it('stops working when the user is deactivated, and survives a password reset', async () => {
    const user = await createTestUser('TEAM_LEAD');
    const { token } = await issueToken({ email: user.email, password: user.password }, null);
    await db().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await expect(authenticateToken(token)).resolves.toMatchObject({ id: user.id });
    await db().user.update({ where: { id: user.id }, data: { active: false, sessionVersion: { increment: 1 } } });
    expect(await authenticateToken(token)).toBeNull();
  });
});

describe('listing and revoking tokens', () => {
  it("lists only the actor's own tokens, with status and without the hash", async () => {
    const member = await demoActor.member();
    const teamLead = await demoActor.teamLead();
    const mine = await createOwnToken(member, { name: 'mine' });
    await createOwnToken(teamLead, { name: 'theirs' });
    const list = await listOwnTokens(member);
    expect(list.map((t) => t.id)).toContain(mine.id);
    expect(list.every((t) => t.name !== 'theirs')).toBe(true);
    expect(list.find((t) => t.id === mine.id)).toMatchObject({ name: 'mine', prefix: mine.prefix, status: 'active' });
    expect(JSON.stringify(list)).not.toContain('tokenHash');
  });

  it("answers 404 for someone else's token and leaves it working", async () => {
    const member = await demoActor.member();
    const teamLead = await demoActor.teamLead();
    const theirs = await createOwnToken(teamLead, { name: 'theirs' });
    await expect(revokeOwnToken(member, { id: theirs.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(revokeOwnToken(member, { id: 999_999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(authenticateToken(theirs.token)).resolves.toMatchObject({ id: teamLead.id });
  });

  it('audits a revocation once, however often it is clicked', async () => {
    const member = await demoActor.member();
    const { id } = await createOwnToken(member, { name: 'twice' });
    await revokeOwnToken(member, { id });
    await revokeOwnToken(member, { id });
    expect(await db().auditEvent.count({ where: { entity: 'ApiToken', entityId: String(id), action: 'api-token.revoke' } })).toBe(1);
    expect((await listOwnTokens(member)).find((t) => t.id === id)?.status).toBe('revoked');
  });

  it('lets an Admin see and revoke every token, and nobody else', async () => {
    const admin = await demoActor.admin();
    const member = await demoActor.member();
    const { id, token } = await createOwnToken(member, { name: 'for the admin' });
    const { tokens } = await listAllTokens(admin);
    expect(tokens.find((t) => t.id === id)).toMatchObject({ user: { email: member.email }, status: 'active' });
    for (const actor of [member, await demoActor.teamLead(), await demoActor.deptLead()]) {
      await expect(listAllTokens(actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(revokeAnyToken(actor, { id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await revokeAnyToken(admin, { id });
    expect(await authenticateToken(token)).toBeNull();
    await expect(revokeAnyToken(admin, { id: 999_999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('names the fields that are wrong when creating', async () => {
    const member = await demoActor.member();
    await expect(createOwnToken(member, { name: '  ', expiresInDays: '400' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { name: expect.any(String), expiresInDays: expect.any(String) },
    });
  });
});
