// What a role may do: the code's default table (and the plugins' defaults),
// changed by an Admin's stored overrides within safe limits, minus the
// permissions of disabled plugins. Pure: load-actor and the matrix editor share it.
import type { PluginManifest } from '../plugins';
import { ADMIN_ONLY_FOREVER, DEFAULT_GRANTS, type Permission } from './permissions';
import type { Role } from './roles';

export interface PermissionOverride {
  permission: string;
  granted: boolean;
}

/** Permissions no override may change: administration stays with Admins, everyone may use the portal. */
export const FIXED_PERMISSIONS: readonly string[] = [...ADMIN_ONLY_FOREVER, 'portal.use'];

/** Why an override of (role, permission) is refused, or null when it is allowed. */
export function overrideRefusal(role: Role, permission: string): string | null {
  if (role === 'ADMIN') return 'Admins always hold every permission.';
  if (FIXED_PERMISSIONS.includes(permission)) return 'This permission cannot be changed: administration stays with Admins and everyone may use the portal.';
  return null;
}

/** Every permission the installation knows, with the roles holding it by default and the plugin defining it. */
export function permissionCatalogue(plugins: readonly PluginManifest[]): { permission: string; defaults: readonly Role[]; pluginId: string | null }[] {
  return [
    ...(Object.entries(DEFAULT_GRANTS) as [Permission, readonly Role[]][]).map(([permission, defaults]) => ({ permission, defaults, pluginId: null })),
    ...plugins.flatMap((p) => Object.entries(p.permissions).map(([permission, defaults]) => ({ permission, defaults, pluginId: p.id }))),
  ];
}

export function effectivePermissions(
  role: Role,
  overrides: readonly PermissionOverride[],
  plugins: readonly PluginManifest[],
  disabledPluginIds: ReadonlySet<string> = new Set(),
): Set<string> {
  const result = new Set<string>();
  const override = new Map(overrides.map((o) => [o.permission, o.granted]));
  for (const { permission, defaults, pluginId } of permissionCatalogue(plugins)) {
    if (pluginId && disabledPluginIds.has(pluginId)) continue;
    const stored = overrideRefusal(role, permission) ? undefined : override.get(permission);
    if (role === 'ADMIN' || (stored ?? defaults.includes(role))) result.add(permission);
  }
  return result;
}
