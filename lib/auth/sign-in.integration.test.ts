import { describe, expect, it } from 'vitest';
import { createTestUser } from '../../scripts/test/actors';
import { db } from '../db/client';
import { SIGN_IN_FAILED, verifySignIn } from './sign-in';

describe('sign-in', () => {
  it('accepts the demo admin with the demo password, e-mail in any case', async () => {
    const ok = await verifySignIn('  Admin@Demo.Local ', 'demo1234', '10.0.0.1');
    expect(ok.userId).toBeGreaterThan(0);
  });

  it('answers a wrong password and an unknown e-mail with the same generic message', async () => {
    await expect(verifySignIn('admin@demo.local', 'wrong', '10.0.0.2')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: SIGN_IN_FAILED });
    await expect(verifySignIn('nobody@demo.local', 'wrong', '10.0.0.3')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: SIGN_IN_FAILED });
  });

  it('slows down an account after repeated failures, even with the right password', async () => {
    const u = await createTestUser('MEMBER');
    for (let i = 0; i < 5; i++) await expect(verifySignIn(u.email, 'nope', `10.1.0.${i}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(verifySignIn(u.email, u.password, '10.1.0.99')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('slows down one client address that tries many accounts', async () => {
    for (let i = 0; i < 5; i++) await expect(verifySignIn(`guess${i}@demo.local`, 'x', '10.9.9.9')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(verifySignIn('admin@demo.local', 'demo1234', '10.9.9.9')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    await expect(verifySignIn('admin@demo.local', 'demo1234', '10.9.9.10')).resolves.toBeTruthy();
  });

  it('refuses a deactivated user with the generic message', async () => {
    const u = await createTestUser('TEAM_LEAD');
    await db().user.update({ where: { id: u.id }, data: { active: false } });
    await expect(verifySignIn(u.email, u.password, '10.2.0.1')).rejects.toMatchObject({ message: SIGN_IN_FAILED });
  });
});
