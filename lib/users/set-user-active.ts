// Deactivate (or reactivate) a user. Deactivation ends the user's sessions at
// once: the session version moves on and loadActor refuses inactive users.
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { DomainError, notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { lockDepartment, lockTeam } from '../org/lock-org-rows';
import { parseInput } from '../validation';
import { setUserActiveSchema } from './user-schemas';

async function inArchivedGroup(tx: Parameters<typeof lockDepartment>[0], departmentId: number, teamId: number | null): Promise<boolean> {
  if ((await lockDepartment(tx, departmentId, 'share'))?.archivedAt) return true;
  return teamId !== null && Boolean((await lockTeam(tx, teamId, 'share'))?.archivedAt);
}

export async function setUserActive(actor: Actor, input: unknown): Promise<void> {
  requirePermission(actor, 'users.manage');
  const { id, active } = parseInput(setUserActiveSchema, input);
  if (id === actor.id && !active) throw new DomainError('INVALID_INPUT', 'You cannot deactivate yourself.');
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id } });
    if (!user) throw notFound('The user');
    if (user.active === active) return;
    // Archiving a department or team relies on nobody active being left in it.
    if (active && (await inArchivedGroup(tx, user.departmentId, user.teamId))) {
      throw new DomainError('CONFLICT', 'Their department or team is archived; give them an active department and team first, then reactivate them.');
    }
    await tx.user.update({ where: { id }, data: { active, ...(active ? {} : { sessionVersion: { increment: 1 } }) } });
    // A deactivation ends API access for good: reactivating must not revive old tokens.
    if (!active) await tx.apiToken.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAuditEvent(tx, actor, { action: active ? 'user.reactivate' : 'user.deactivate', entity: 'User', entityId: id, before: { active: user.active }, after: { active } });
  });
}
