// The shell shared by assign-member and set-lead-role: read where a user is,
// lock the department and team they are going to, write the new placement
// with its audit event.
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Prisma } from '../db/generated/client';
import { invalid, notFound } from '../errors';
import type { Actor } from '../roles/actor';
import { lockDepartment, lockTeam, type DepartmentRow, type TeamRow } from './lock-org-rows';
import type { CurrentPlacement, Placement } from './placement';

type Tx = Prisma.TransactionClient;

export interface PlacedUser extends CurrentPlacement {
  id: number;
  name: string;
  active: boolean;
}

export async function readPlacement(tx: Tx, userId: number): Promise<PlacedUser> {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, active: true, role: true, departmentId: true, teamId: true, team: { select: { departmentId: true } } },
  });
  if (!user) throw notFound('The user');
  const { team, ...rest } = user;
  return { ...rest, teamDepartmentId: team?.departmentId ?? null };
}

/** The department users are placed into, locked so it cannot be archived meanwhile. */
export async function lockOpenDepartment(tx: Tx, departmentId: number): Promise<DepartmentRow> {
  const department = await lockDepartment(tx, departmentId, 'share');
  if (!department) throw notFound('The department');
  if (department.archivedAt) throw invalid('departmentId', `${department.name} is archived; choose a department that is not.`);
  return department;
}

/** A team chosen for a user: it must exist, not be archived, and belong to the department. */
export async function lockChosenTeam(tx: Tx, teamId: number, departmentId: number): Promise<TeamRow> {
  const team = await lockTeam(tx, teamId, 'share');
  if (!team || team.departmentId !== departmentId) throw invalid('teamId', 'Choose a team of this department.');
  if (team.archivedAt) throw invalid('teamId', `${team.name} is archived; choose a team that is not.`);
  return team;
}

/**
 * The user's current team, when a placement would keep it in this department:
 * locked so it is not archived meanwhile. An archived team is not kept (the
 * user then has no team), as if it were in another department.
 */
export async function withKeptTeam(tx: Tx, user: PlacedUser, departmentId: number): Promise<PlacedUser> {
  if (user.teamId === null || user.teamDepartmentId !== departmentId) return user;
  const team = await lockTeam(tx, user.teamId, 'share');
  return team && !team.archivedAt ? user : { ...user, teamDepartmentId: null };
}

export const samePlacement = (a: Placement, b: Placement) => a.role === b.role && a.departmentId === b.departmentId && a.teamId === b.teamId;

export async function writePlacement(tx: Tx, actor: Actor, action: string, user: PlacedUser, after: Placement): Promise<void> {
  const before: Placement = { role: user.role, departmentId: user.departmentId, teamId: user.teamId };
  if (samePlacement(before, after)) return;
  await tx.user.update({ where: { id: user.id }, data: after });
  await recordAuditEvent(tx, actor, { action, entity: 'User', entityId: user.id, before: { ...before }, after: { ...after } });
}
