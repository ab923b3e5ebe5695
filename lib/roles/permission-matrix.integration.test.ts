import { describe, expect, it } from 'vitest';
import { createTestUser, demoActor } from '../../scripts/test/actors';
import { loadActor } from '../auth/load-actor';
import { db } from '../db/client';
import { DomainError } from '../errors';
import { getPermissionMatrix, setRolePermission } from './permission-matrix';
import { previewRole } from './preview-role';

const refusal = (p: Promise<unknown>) => p.then(() => null, (e: DomainError) => ({ code: e.code, fields: e.fieldErrors }));

describe('roles & permissions matrix', () => {
  it('lets an Admin grant a permission to a role: it applies on the next request and is audited', async () => {
    const admin = await demoActor.admin();
    const lead = await createTestUser('DEPARTMENT_LEAD');
    expect((await loadActor(lead.id, 1))!.permissions.has('inventory.adjust')).toBe(false);
    await setRolePermission(admin, { role: 'DEPARTMENT_LEAD', permission: 'inventory.adjust', granted: 'true' });
    expect((await loadActor(lead.id, 1))!.permissions.has('inventory.adjust')).toBe(true);
    const row = (await getPermissionMatrix(admin)).find((r) => r.permission === 'inventory.adjust')!;
    expect(row.cells.DEPARTMENT_LEAD).toEqual({ granted: true, byDefault: false, locked: null });
    expect(row.cells.TEAM_LEAD.granted).toBe(false);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entity: 'role', entityId: 'DEPARTMENT_LEAD:inventory.adjust' }, orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ actorId: admin.id, action: 'permission.grant', before: { granted: false }, after: { granted: true } });
  });

  it('removes the stored change when a permission is set back to its default', async () => {
    const admin = await demoActor.admin();
    await setRolePermission(admin, { role: 'TEAM_LEAD', permission: 'inventory.transfer', granted: 'false' });
    const lead = await createTestUser('TEAM_LEAD');
    expect((await loadActor(lead.id, 1))!.permissions.has('inventory.transfer')).toBe(false);
    await setRolePermission(admin, { role: 'TEAM_LEAD', permission: 'inventory.transfer', granted: 'true' });
    expect(await db().rolePermission.count({ where: { role: 'TEAM_LEAD', permission: 'inventory.transfer' } })).toBe(0);
    expect((await loadActor(lead.id, 1))!.permissions.has('inventory.transfer')).toBe(true);
  });

  it('refuses changes outside the safe limits, unknown permissions and non-admins, and stores nothing', async () => {
    const admin = await demoActor.admin();
    const before = await db().rolePermission.count();
    expect(await refusal(setRolePermission(admin, { role: 'ADMIN', permission: 'inventory.adjust', granted: 'false' }))).toMatchObject({ code: 'INVALID_INPUT', fields: { permission: expect.stringMatching(/Admins always/) } });
    expect(await refusal(setRolePermission(admin, { role: 'TEAM_LEAD', permission: 'users.manage', granted: 'true' }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await refusal(setRolePermission(admin, { role: 'MEMBER', permission: 'portal.use', granted: 'false' }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await refusal(setRolePermission(admin, { role: 'MEMBER', permission: 'no.such', granted: 'true' }))).toMatchObject({ fields: { permission: 'There is no such permission.' } });
    expect(await refusal(setRolePermission(admin, { role: 'KING', permission: 'inventory.adjust', granted: 'yes' }))).toMatchObject({ fields: { role: 'Choose a role.', granted: 'Choose grant or revoke.' } });
    expect(await refusal(setRolePermission(await demoActor.deptLead(), { role: 'MEMBER', permission: 'inventory.adjust', granted: 'true' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await db().rolePermission.count()).toBe(before);
  });

  it("previews what a role's people see: menu, capabilities and scope", async () => {
    const admin = await demoActor.admin();
    const member = await previewRole(admin, 'MEMBER');
    expect(member.navigation.map((n) => n.label)).not.toContain('Admin');
    expect(member.capabilities).toContain('Use the scanning workflows');
    expect(member.scope).toMatch(/assigned to them/);
    expect((await previewRole(admin, 'ADMIN')).navigation.map((n) => n.label)).toContain('Admin');
    await expect(previewRole(await demoActor.member(), 'ADMIN')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
