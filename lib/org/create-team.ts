// Admin adds a team to a department that is not archived.
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { DomainError, notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { conflictOnDuplicate } from '../unique-violation';
import { parseInput } from '../validation';
import { lockDepartment } from './lock-org-rows';
import { checkTeamNameFree, teamNameTaken } from './org-names';
import { createTeamSchema } from './org-schemas';

export async function createTeam(actor: Actor, input: unknown): Promise<{ id: number }> {
  requirePermission(actor, 'users.manage');
  const { departmentId, name } = parseInput(createTeamSchema, input);
  return db().$transaction(async (tx) => {
    const department = await lockDepartment(tx, departmentId, 'change');
    if (!department) throw notFound('The department');
    if (department.archivedAt) throw new DomainError('CONFLICT', `${department.name} is archived; bring it back before adding teams.`);
    await checkTeamNameFree(tx, departmentId, name, null);
    const team = await conflictOnDuplicate(() => tx.team.create({ data: { departmentId, name } }), 'name', teamNameTaken);
    await recordAuditEvent(tx, actor, { action: 'team.create', entity: 'Team', entityId: team.id, after: { departmentId, name } });
    return { id: team.id };
  });
}
