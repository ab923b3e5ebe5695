// Admin archives a team (or brings it back). An archived team is no longer
// offered for users, so nobody active may still be in it.
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { DomainError, notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { lockTeamInDepartment } from './lock-org-rows';
import { setTeamArchivedSchema } from './org-schemas';

export async function setTeamArchived(actor: Actor, input: unknown): Promise<void> {
  requirePermission(actor, 'users.manage');
  const { id, archived } = parseInput(setTeamArchivedSchema, input);
  await db().$transaction(async (tx) => {
    const { department, team } = await lockTeamInDepartment(tx, id);
    if (!team || !department) throw notFound('The team');
    if ((team.archivedAt !== null) === archived) return;
    if (archived) {
      const users = await tx.user.count({ where: { teamId: id, active: true } });
      if (users > 0) {
        throw new DomainError('CONFLICT', `${team.name} still has ${users} active ${users === 1 ? 'user' : 'users'}; move them to another team or to no team before archiving it.`);
      }
    } else if (department.archivedAt) {
      throw new DomainError('CONFLICT', `${department.name} is archived; bring the department back before its teams.`);
    }
    const archivedAt = archived ? new Date() : null;
    await tx.team.update({ where: { id }, data: { archivedAt } });
    await recordAuditEvent(tx, actor, {
      action: archived ? 'team.archive' : 'team.unarchive',
      entity: 'Team',
      entityId: id,
      before: { archivedAt: team.archivedAt?.toISOString() ?? null },
      after: { archivedAt: archivedAt?.toISOString() ?? null },
    });
  });
}
