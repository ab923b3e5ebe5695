import { describe, expect, it } from 'vitest';
import type { Actor } from '../roles/actor';
import { defaultPermissionsOf } from '../roles/permissions';
import { ROLES, type Role } from '../roles/roles';
import { definePlugin } from './manifest';
import { pluginNavigationFor, pluginPermissionsOf, scanTargetProvidersFor } from './registry';
import type { ScanTargetProvider } from './scan-targets';

const fixture = definePlugin({
  id: 'test-plugin',
  name: 'Test plugin',
  version: '1.0.0',
  permissions: { 'widgets.view': ['ADMIN', 'DEPARTMENT_LEAD'] },
  navigation: [{ label: 'Widgets', href: '/widgets', permission: 'widgets.view' }],
  routes: ['/widgets'],
});

function actorOf(role: Role): Actor {
  const permissions = new Set<string>([...defaultPermissionsOf(role), ...pluginPermissionsOf(role, [fixture])]);
  return { id: 1, email: 'a@b', name: 'A', role, departmentId: 1, teamId: null, permissions };
}

describe('plugin registry', () => {
  it("shows a plugin's navigation only to roles that hold its permission", () => {
    const seen = Object.fromEntries(ROLES.map((r) => [r, pluginNavigationFor(actorOf(r), [fixture]).map((n) => n.href)]));
    expect(seen).toEqual({ ADMIN: ['/widgets'], DEPARTMENT_LEAD: ['/widgets'], TEAM_LEAD: [], MEMBER: [] });
  });

  it("offers a plugin's scan targets only to holders of the provider's permission", () => {
    const provider: ScanTargetProvider = { pluginId: 'test-plugin', permission: 'widgets.view', listActive: async () => [], resolve: async () => null, onConsumed: async () => {} };
    const seen = Object.fromEntries(ROLES.map((r) => [r, scanTargetProvidersFor(actorOf(r), [provider]).length]));
    expect(seen).toEqual({ ADMIN: 1, DEPARTMENT_LEAD: 1, TEAM_LEAD: 0, MEMBER: 0 });
  });

  it('rejects a manifest that does not follow the contract', () => {
    expect(() => definePlugin({ id: 'Bad Id', name: 'x', version: '1' })).toThrow();
    expect(() => definePlugin({ id: 'ok-id', name: 'x', version: '1.0.0', navigation: [{ label: 'L', href: 'no-slash', permission: 'a.b' }] })).toThrow();
  });
});
