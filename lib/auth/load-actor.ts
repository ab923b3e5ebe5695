// Resolves a session (or API token) to an Actor with one query: the user, their
// role's permission overrides and the disabled plugins, so a role change, a
// permission change or a deactivation applies on the user's very next request.
import { pool } from '../db/pool';
import { registeredPlugins } from '../plugins';
import type { Actor } from '../roles/actor';
import { effectivePermissions, type PermissionOverride } from '../roles/effective-permissions';
import type { Role } from '../roles/roles';

/** The actor's columns for a query over "User" u (one round trip with overrides and plugin switches). */
export const ACTOR_COLUMNS = `u.id, u.email, u.name, u.role, u."departmentId", u."teamId", u.active, u."sessionVersion",
         coalesce((SELECT json_agg(json_build_object('permission', p.permission, 'granted', p.granted))
                   FROM "RolePermission" p WHERE p.role = u.role), '[]') AS overrides,
         coalesce((SELECT array_agg(s."pluginId") FROM "PluginState" s WHERE NOT s.enabled), '{}') AS disabled`;

const ACTOR_QUERY = `SELECT ${ACTOR_COLUMNS} FROM "User" u WHERE u.id = $1`;

export interface ActorRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  departmentId: number;
  teamId: number | null;
  active: boolean;
  sessionVersion: number;
  overrides: PermissionOverride[];
  disabled: string[];
}

export async function loadActor(userId: number, sessionVersion: number): Promise<Actor | null> {
  if (!Number.isSafeInteger(userId) || userId <= 0 || userId > 2_147_483_647) return null;
  const { rows } = await pool().query<ActorRow>({ name: 'qm-load-actor', text: ACTOR_QUERY, values: [userId] });
  const user = rows[0];
  if (!user || user.sessionVersion !== sessionVersion) return null;
  return actorFromRow(user);
}

/** An active user's row (ACTOR_COLUMNS) as the Actor; null for a deactivated user. */
export function actorFromRow(user: ActorRow): Actor | null {
  if (!user.active) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    departmentId: user.departmentId,
    teamId: user.teamId,
    permissions: effectivePermissions(user.role, user.overrides, registeredPlugins(), new Set(user.disabled)),
  };
}
