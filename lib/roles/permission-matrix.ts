// The roles & permissions matrix an Admin edits: every permission (core and
// plugins) against every role, what the code grants by default and what is
// stored. Changes stay within safe limits and go to the audit log.
import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { registeredPlugins, type PluginManifest } from '../plugins';
import { parseInput } from '../validation';
import { invalid } from '../errors';
import { requirePermission, type Actor } from './actor';
import { effectivePermissions, overrideRefusal, permissionCatalogue } from './effective-permissions';
import { PERMISSION_LABELS } from './permission-labels';
import { ROLES, type Role } from './roles';

export interface MatrixCell {
  granted: boolean;
  byDefault: boolean;
  /** Why this cell cannot be changed, or null when it can. */
  locked: string | null;
}

export interface MatrixRow {
  permission: string;
  label: string;
  pluginId: string | null;
  cells: Record<Role, MatrixCell>;
}

export async function getPermissionMatrix(actor: Actor, plugins: readonly PluginManifest[] = registeredPlugins()): Promise<MatrixRow[]> {
  requirePermission(actor, 'settings.manage');
  const stored = await db().rolePermission.findMany();
  const granted = Object.fromEntries(
    ROLES.map((role) => [role, effectivePermissions(role, stored.filter((s) => s.role === role), plugins)]),
  ) as Record<Role, Set<string>>;
  return permissionCatalogue(plugins).map(({ permission, defaults, pluginId }) => ({
    permission,
    label: (PERMISSION_LABELS as Record<string, string>)[permission] ?? permission,
    pluginId,
    cells: Object.fromEntries(
      ROLES.map((role) => [role, { granted: granted[role].has(permission), byDefault: role === 'ADMIN' || defaults.includes(role), locked: overrideRefusal(role, permission) }]),
    ) as Record<Role, MatrixCell>,
  }));
}

const setRolePermissionSchema = z.object({
  role: z.enum(ROLES, { error: 'Choose a role.' }),
  permission: z.string().trim().min(1, 'Choose a permission.').max(100),
  granted: z.enum(['true', 'false'], { error: 'Choose grant or revoke.' }).transform((v) => v === 'true'),
});

/** Grants or revokes one permission for one role; a value equal to the code's default removes the stored override. */
export async function setRolePermission(actor: Actor, input: unknown, plugins: readonly PluginManifest[] = registeredPlugins()): Promise<void> {
  requirePermission(actor, 'settings.manage');
  const data = parseInput(setRolePermissionSchema, input);
  const known = permissionCatalogue(plugins).find((p) => p.permission === data.permission);
  if (!known) throw invalid('permission', 'There is no such permission.');
  const refusal = overrideRefusal(data.role, data.permission);
  if (refusal) throw invalid('permission', refusal);
  const byDefault = known.defaults.includes(data.role);
  await db().$transaction(async (tx) => {
    const key = { role_permission: { role: data.role, permission: data.permission } };
    const before = await tx.rolePermission.findUnique({ where: key });
    const wasGranted = before?.granted ?? byDefault;
    if (wasGranted === data.granted && (before === null) === (data.granted === byDefault)) return;
    if (data.granted === byDefault) await tx.rolePermission.deleteMany({ where: { role: data.role, permission: data.permission } });
    else
      await tx.rolePermission.upsert({
        where: key,
        create: { role: data.role, permission: data.permission, granted: data.granted, updatedById: actor.id },
        update: { granted: data.granted, updatedById: actor.id },
      });
    await recordAuditEvent(tx, actor, {
      action: data.granted ? 'permission.grant' : 'permission.revoke',
      entity: 'role',
      entityId: `${data.role}:${data.permission}`,
      before: { granted: wasGranted },
      after: { granted: data.granted, default: byDefault },
    });
  });
}
