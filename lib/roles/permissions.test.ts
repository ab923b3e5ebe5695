import { describe, expect, it } from 'vitest';
import { ADMIN_ONLY_FOREVER, DEFAULT_GRANTS, defaultPermissionsOf, PERMISSIONS } from './permissions';
import { requirePermission, type Actor } from './actor';
import { ROLES, type Role } from './roles';

const actorWith = (role: Role): Actor => ({ id: 1, email: 'x@y', name: 'X', role, departmentId: 1, teamId: null, permissions: defaultPermissionsOf(role) });

describe('permission table', () => {
  it('grants Admins every capability', () => {
    expect([...defaultPermissionsOf('ADMIN')].sort()).toEqual([...PERMISSIONS].sort());
  });

  it('keeps administration with Admins only', () => {
    for (const p of ADMIN_ONLY_FOREVER) expect(DEFAULT_GRANTS[p]).toEqual(['ADMIN']);
    for (const role of ROLES.filter((r) => r !== 'ADMIN')) {
      expect(defaultPermissionsOf(role).has('admin.access')).toBe(false);
      expect(defaultPermissionsOf(role).has('users.manage')).toBe(false);
    }
  });

  it('treats adjustments and reversals as exceptional (Admin only by default)', () => {
    for (const role of ['DEPARTMENT_LEAD', 'TEAM_LEAD', 'MEMBER'] as const) {
      expect(defaultPermissionsOf(role).has('inventory.adjust')).toBe(false);
      expect(defaultPermissionsOf(role).has('inventory.reverse')).toBe(false);
    }
  });

  it('lets leads post day-to-day movements and keeps Members to viewing by default', () => {
    for (const role of ['DEPARTMENT_LEAD', 'TEAM_LEAD'] as const) {
      for (const p of ['inventory.receive', 'inventory.transfer', 'inventory.consume'] as const) expect(defaultPermissionsOf(role).has(p)).toBe(true);
    }
    expect(defaultPermissionsOf('MEMBER').has('inventory.transfer')).toBe(false);
    expect(defaultPermissionsOf('MEMBER').has('inventory.view')).toBe(true);
  });

  it('requirePermission refuses a missing actor as unauthenticated and a weaker role as forbidden', () => {
    expect(() => requirePermission(null, 'portal.use')).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(() => requirePermission(actorWith('MEMBER'), 'users.manage')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => requirePermission(actorWith('ADMIN'), 'users.manage')).not.toThrow();
  });
});
