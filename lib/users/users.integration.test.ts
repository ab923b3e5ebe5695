import { describe, expect, it } from 'vitest';
import { demoActor } from '../../scripts/test/actors';
import { verifySignIn } from '../auth/sign-in';
import { db } from '../db/client';
import { createUser } from './create-user';
import { listUsers } from './list-users';
import { resetPassword } from './reset-password';
import { setUserActive } from './set-user-active';

async function departments() {
  const production = await db().department.findUniqueOrThrow({ where: { name: 'Electronics Production' }, include: { teams: true } });
  const logistics = await db().department.findUniqueOrThrow({ where: { name: 'Logistics' }, include: { teams: true } });
  return { production, logistics };
}

describe('user administration', () => {
  it('lets an Admin create a user who can then sign in, and records it in the audit log', async () => {
    const admin = await demoActor.admin();
    const { production } = await departments();
    const { id } = await createUser(admin, { name: 'Nia New', email: 'NIA@test.local', role: 'TEAM_LEAD', departmentId: String(production.id), teamId: String(production.teams[0].id), password: 'long enough' });
    const user = await db().user.findUniqueOrThrow({ where: { id } });
    expect(user.email).toBe('nia@test.local');
    expect(user.passwordHash).not.toContain('long enough');
    await expect(verifySignIn('nia@test.local', 'long enough', null)).resolves.toMatchObject({ userId: id });
    const audit = await db().auditEvent.findFirst({ where: { entity: 'User', entityId: String(id), action: 'user.create' } });
    expect(audit?.actorId).toBe(admin.id);
    expect(JSON.stringify(audit?.after)).not.toContain('long enough');
  });

  it('refuses every other role, whatever the input', async () => {
    for (const actor of [await demoActor.deptLead(), await demoActor.teamLead(), await demoActor.member()]) {
      await expect(createUser(actor, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(listUsers(actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(setUserActive(actor, { id: actor.id, active: 'false' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(resetPassword(actor, { id: actor.id, password: 'whatever123' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('names the fields that are wrong and saves nothing', async () => {
    const admin = await demoActor.admin();
    const count = await db().user.count();
    await expect(createUser(admin, { name: '', email: 'not-an-email', role: 'KING', departmentId: 'x', password: 'short' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { name: expect.any(String), email: expect.any(String), role: expect.any(String), departmentId: expect.any(String), password: expect.any(String) },
    });
    expect(await db().user.count()).toBe(count);
  });

  it('refuses a duplicate e-mail (any case) and a team from another department', async () => {
    const admin = await demoActor.admin();
    const { production, logistics } = await departments();
    const base = { name: 'Dup', role: 'MEMBER', password: 'long enough', teamId: '' };
    await expect(createUser(admin, { ...base, email: 'Member@Demo.Local', departmentId: String(production.id) })).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { email: expect.any(String) } });
    await expect(createUser(admin, { ...base, email: 'x1@test.local', departmentId: String(logistics.id), teamId: String(production.teams[0].id) })).rejects.toMatchObject({ fieldErrors: { teamId: expect.any(String) } });
  });

  it('does not let an Admin deactivate themselves', async () => {
    const admin = await demoActor.admin();
    await expect(setUserActive(admin, { id: admin.id, active: 'false' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('hides the demo account from the sign-in list once its password was reset', async () => {
    const admin = await demoActor.admin();
    const member = await demoActor.member();
    await resetPassword(admin, { id: member.id, password: 'not the demo one' });
    const row = await db().user.findUniqueOrThrow({ where: { id: member.id } });
    expect(row.hasDemoPassword).toBe(false);
  });
});
