// "What can this role see?": the navigation, capabilities and data scope a
// person with that role gets now, for the Admin's matrix editor.
import { db } from '../db/client';
import { navigationFor } from '../navigation/navigation';
import { registeredPlugins, type PluginManifest } from '../plugins';
import { requirePermission, type Actor } from './actor';
import { effectivePermissions } from './effective-permissions';
import { PERMISSION_LABELS } from './permission-labels';
import type { Role } from './roles';

export const ROLE_SCOPES: Record<Role, string> = {
  ADMIN: 'Everything in every department and site.',
  DEPARTMENT_LEAD: "Their department: its sites and storage units, the stock there, and the department's products, work orders and defects.",
  TEAM_LEAD: "Their department's stock for day-to-day movements; the products, serial numbers and work orders assigned to their team.",
  MEMBER: 'The serial numbers and work orders assigned to them or to their team, and the stock at their department’s sites where their permissions allow.',
};

export interface RolePreview {
  role: Role;
  scope: string;
  navigation: { label: string; href: string }[];
  capabilities: string[];
}

export async function previewRole(actor: Actor, role: Role, plugins: readonly PluginManifest[] = registeredPlugins()): Promise<RolePreview> {
  requirePermission(actor, 'settings.manage');
  const [overrides, disabled] = await Promise.all([
    db().rolePermission.findMany({ where: { role } }),
    db().pluginState.findMany({ where: { enabled: false } }),
  ]);
  const permissions = effectivePermissions(role, overrides, plugins, new Set(disabled.map((d) => d.pluginId)));
  const as: Actor = { id: 0, email: '', name: '', role, departmentId: 0, teamId: null, permissions };
  return {
    role,
    scope: ROLE_SCOPES[role],
    navigation: navigationFor(as).map(({ label, href }) => ({ label, href })),
    capabilities: [...permissions].map((p) => (PERMISSION_LABELS as Record<string, string>)[p] ?? p),
  };
}
