// Plugin lookups for core: navigation entries and default permission grants.
import type { Actor } from '../roles/actor';
import type { Role } from '../roles/roles';
import { installedPlugins } from './installed';
import type { PluginManifest } from './manifest';

export interface NavEntry {
  label: string;
  href: string;
  permission: string;
  pluginId?: string;
}

export function pluginPermissionsOf(role: Role, plugins: readonly PluginManifest[] = installedPlugins): string[] {
  return plugins.flatMap((p) => Object.entries(p.permissions).filter(([, roles]) => roles.includes(role)).map(([perm]) => perm));
}

/** Plugin navigation the actor may see: only entries whose permission the actor holds. */
export function pluginNavigationFor(actor: Actor, plugins: readonly PluginManifest[] = installedPlugins): NavEntry[] {
  return plugins.flatMap((p) => p.navigation.filter((n) => actor.permissions.has(n.permission)).map((n) => ({ ...n, pluginId: p.id })));
}
