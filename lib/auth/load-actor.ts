// Resolves a session (or API token, later) to an Actor with one primary-key read,
// so a role change or deactivation applies on the user's very next request.
import { db } from '../db/client';
import type { Actor } from '../roles/actor';
import { defaultPermissionsOf } from '../roles/permissions';
import { pluginPermissionsOf } from '../plugins';

export async function loadActor(userId: number, sessionVersion: number): Promise<Actor | null> {
  if (!Number.isSafeInteger(userId) || userId <= 0) return null;
  const user = await db().user.findUnique({ where: { id: userId } });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  const permissions = new Set<string>([...defaultPermissionsOf(user.role), ...pluginPermissionsOf(user.role)]);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    departmentId: user.departmentId,
    teamId: user.teamId,
    permissions,
  };
}
