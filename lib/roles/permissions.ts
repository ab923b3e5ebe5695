// Which role may do what: the code's default table. Capabilities are named
// `<area>.<verb>`; a later admin screen may override grants per role (stored in
// the database), always within SAFE_LIMITS.
import type { Role } from './roles';

const everyone = ['ADMIN', 'DEPARTMENT_LEAD', 'TEAM_LEAD', 'MEMBER'] as const satisfies readonly Role[];
const leads = ['ADMIN', 'DEPARTMENT_LEAD', 'TEAM_LEAD'] as const satisfies readonly Role[];
const adminOnly = ['ADMIN'] as const satisfies readonly Role[];

export const DEFAULT_GRANTS = {
  'portal.use': everyone,
  'admin.access': adminOnly,
  'users.manage': adminOnly,
  'settings.manage': adminOnly,
  'inventory.view': everyone,
  'inventory.receive': leads,
  'inventory.transfer': leads,
  'inventory.consume': leads,
  'inventory.ship': leads,
  'inventory.count': leads,
  'inventory.status': leads,
  'inventory.use-expired': adminOnly,
  'inventory.adjust': adminOnly,
  'inventory.reverse': adminOnly,
  'inventory.export': ['ADMIN', 'DEPARTMENT_LEAD'],
  'reports.view': ['ADMIN', 'DEPARTMENT_LEAD'],
  'serials.view': everyone,
  'serials.advance': everyone,
  'serials.manage': leads,
  'workorders.manage': ['ADMIN', 'DEPARTMENT_LEAD'],
  'defects.mark': adminOnly,
  'scan.use': everyone,
  'scan.production': everyone,
  'sales.view': everyone,
  'sales.manage': ['ADMIN', 'DEPARTMENT_LEAD'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof DEFAULT_GRANTS;
export const PERMISSIONS = Object.keys(DEFAULT_GRANTS) as Permission[];

/** Capabilities that stay with Admins whatever the stored overrides say (so nobody can lock the Admins out or hand out administration). */
export const ADMIN_ONLY_FOREVER: readonly Permission[] = ['admin.access', 'users.manage', 'settings.manage'];

export function defaultPermissionsOf(role: Role): Set<Permission> {
  return new Set(PERMISSIONS.filter((p) => (DEFAULT_GRANTS[p] as readonly Role[]).includes(role)));
}

export const isPermission = (value: string): value is Permission => value in DEFAULT_GRANTS;
