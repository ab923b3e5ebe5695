import { describe, expect, it } from 'vitest';
import { createTestUser, demoActor } from '../../scripts/test/actors';
import { db } from '../db/client';
import { resetPassword } from '../users/reset-password';
import { setUserActive } from '../users/set-user-active';
import { updateUser } from '../users/update-user';
import { loadActor } from './load-actor';

describe('actor per request', () => {
  it("applies a role change on the user's very next request", async () => {
    const admin = await demoActor.admin();
    const u = await createTestUser('MEMBER');
    const before = await loadActor(u.id, 1);
    expect(before?.permissions.has('admin.access')).toBe(false);
    const user = await db().user.findUniqueOrThrow({ where: { id: u.id } });
    await updateUser(admin, { id: u.id, name: user.name, email: user.email, role: 'ADMIN', departmentId: user.departmentId, teamId: '' });
    const after = await loadActor(u.id, 1);
    expect(after?.role).toBe('ADMIN');
    expect(after?.permissions.has('admin.access')).toBe(true);
  });

  it('ends the sessions of a deactivated user at once, and a reactivation does not revive them', async () => {
    const admin = await demoActor.admin();
    const u = await createTestUser('TEAM_LEAD');
    expect(await loadActor(u.id, 1)).not.toBeNull();
    await setUserActive(admin, { id: u.id, active: 'false' });
    expect(await loadActor(u.id, 1)).toBeNull();
    await setUserActive(admin, { id: u.id, active: 'true' });
    expect(await loadActor(u.id, 1)).toBeNull();
    expect(await loadActor(u.id, 2)).not.toBeNull();
  });

  it('ends existing sessions when an admin resets the password', async () => {
    const admin = await demoActor.admin();
    const u = await createTestUser('MEMBER');
    await resetPassword(admin, { id: u.id, password: 'a-new-password' });
    expect(await loadActor(u.id, 1)).toBeNull();
  });

  it('treats unknown or malformed ids as no actor', async () => {
    expect(await loadActor(999999, 1)).toBeNull();
    expect(await loadActor(Number.NaN, 1)).toBeNull();
    expect(await loadActor(-1, 1)).toBeNull();
  });
});
