// The portal's navigation: core entries plus plugin entries, filtered by what
// the actor may open. A link shown is a page the actor can use.
import type { Actor } from '../roles/actor';
import type { Permission } from '../roles/permissions';
import { pluginNavigationFor, type NavEntry } from '../plugins';

export const CORE_NAVIGATION: (NavEntry & { permission: Permission })[] = [
  { label: 'Home', href: '/', permission: 'portal.use' },
  { label: 'Scan', href: '/scan', permission: 'scan.use' },
  { label: 'Inventory', href: '/inventory', permission: 'inventory.view' },
  { label: 'Production', href: '/production', permission: 'serials.view' },
  { label: 'Sales orders', href: '/sales-orders', permission: 'sales.view' },
  { label: 'Reports', href: '/reports', permission: 'reports.view' },
  { label: 'Admin', href: '/admin', permission: 'admin.access' },
];

export function navigationFor(actor: Actor): NavEntry[] {
  return [...CORE_NAVIGATION.filter((n) => actor.permissions.has(n.permission)), ...pluginNavigationFor(actor)];
}
