// Admin renames a team; the name stays unique within its department.
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { conflictOnDuplicate } from '../unique-violation';
import { parseInput } from '../validation';
import { lockTeamInDepartment } from './lock-org-rows';
import { checkTeamNameFree, teamNameTaken } from './org-names';
import { renameTeamSchema } from './org-schemas';

export async function renameTeam(actor: Actor, input: unknown): Promise<void> {
  requirePermission(actor, 'users.manage');
  const { id, name } = parseInput(renameTeamSchema, input);
  await db().$transaction(async (tx) => {
    const { team } = await lockTeamInDepartment(tx, id);
    if (!team) throw notFound('The team');
    if (team.name === name) return;
    await checkTeamNameFree(tx, team.departmentId, name, id);
    await conflictOnDuplicate(() => tx.team.update({ where: { id }, data: { name } }), 'name', teamNameTaken);
    await recordAuditEvent(tx, actor, { action: 'team.rename', entity: 'Team', entityId: id, before: { name: team.name }, after: { name } });
  });
}
