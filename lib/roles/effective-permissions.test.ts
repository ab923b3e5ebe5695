import { describe, expect, it } from 'vitest';
import { definePlugin } from '../plugins';
import { effectivePermissions, overrideRefusal } from './effective-permissions';
import { PERMISSIONS } from './permissions';

const lots = definePlugin({ id: 'fixture-lots', name: 'Lots', version: '1.0.0', permissions: { 'lots.view': ['ADMIN', 'TEAM_LEAD'] } });

describe('effective permissions', () => {
  it('applies stored grants and revokes to a role', () => {
    const p = effectivePermissions('DEPARTMENT_LEAD', [{ permission: 'inventory.adjust', granted: true }, { permission: 'inventory.transfer', granted: false }], []);
    expect(p.has('inventory.adjust')).toBe(true);
    expect(p.has('inventory.transfer')).toBe(false);
    expect(p.has('inventory.receive')).toBe(true);
  });

  it('never hands administration to other roles, never locks anyone out of the portal, never limits Admins', () => {
    const p = effectivePermissions('MEMBER', [{ permission: 'admin.access', granted: true }, { permission: 'users.manage', granted: true }, { permission: 'portal.use', granted: false }], []);
    expect(p.has('admin.access')).toBe(false);
    expect(p.has('users.manage')).toBe(false);
    expect(p.has('portal.use')).toBe(true);
    const admin = effectivePermissions('ADMIN', [{ permission: 'inventory.adjust', granted: false }], [lots]);
    expect([...admin].sort()).toEqual([...PERMISSIONS, 'lots.view'].sort());
    expect(overrideRefusal('ADMIN', 'inventory.adjust')).toMatch(/Admins always/);
    expect(overrideRefusal('TEAM_LEAD', 'settings.manage')).toMatch(/cannot be changed/);
    expect(overrideRefusal('TEAM_LEAD', 'inventory.adjust')).toBeNull();
  });

  it("includes a plugin's permissions while it is enabled, and none once it is disabled", () => {
    expect(effectivePermissions('TEAM_LEAD', [], [lots]).has('lots.view')).toBe(true);
    expect(effectivePermissions('MEMBER', [{ permission: 'lots.view', granted: true }], [lots]).has('lots.view')).toBe(true);
    expect(effectivePermissions('TEAM_LEAD', [], [lots], new Set(['fixture-lots'])).has('lots.view')).toBe(false);
    expect(effectivePermissions('ADMIN', [], [lots], new Set(['fixture-lots'])).has('lots.view')).toBe(false);
  });
});
