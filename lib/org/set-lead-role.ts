// Admin makes a user lead of a department or team, or a Member again.
import { db } from '../db/client';
import { DomainError, invalid } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { lockDepartment } from './lock-org-rows';
import { setLeadRoleSchema } from './org-schemas';
import { leadPlacement, type Placement } from './placement';
import { lockChosenTeam, lockOpenDepartment, readPlacement, withKeptTeam, writePlacement } from './place-user';

export async function setLeadRole(actor: Actor, input: unknown): Promise<{ before: Placement; after: Placement }> {
  requirePermission(actor, 'users.manage');
  const { userId, role, departmentId, teamId } = parseInput(setLeadRoleSchema, input);
  return db().$transaction(async (tx) => {
    // Demoting needs no open department (nobody active is left in an archived one, but the record may be tidied).
    if (role === 'MEMBER') await lockDepartment(tx, departmentId, 'share');
    else await lockOpenDepartment(tx, departmentId);
    const team = role === 'TEAM_LEAD' && teamId ? await lockChosenTeam(tx, teamId, departmentId) : null;
    const user = await readPlacement(tx, userId);
    if (!user.active && role !== 'MEMBER') throw new DomainError('INVALID_INPUT', `${user.name} is deactivated; reactivate them before making them a lead.`);
    const current = role === 'DEPARTMENT_LEAD' ? await withKeptTeam(tx, user, departmentId) : user;
    const decision = leadPlacement(current, { role, departmentId, team });
    if (!decision.ok) throw decision.field ? invalid(decision.field, decision.reason) : new DomainError('INVALID_INPUT', decision.reason);
    await writePlacement(tx, actor, 'user.set-lead-role', user, decision.placement);
    return { before: { role: user.role, departmentId: user.departmentId, teamId: user.teamId }, after: decision.placement };
  });
}
