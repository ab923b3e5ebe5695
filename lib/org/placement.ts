// Where a user ends up in the organisation when an Admin moves them or hands
// them a lead role: pure decisions, applied by assign-member and set-lead-role.
import type { Role } from '../roles/roles';
import type { LeadRole } from './org-schemas';

export interface Placement {
  role: Role;
  departmentId: number;
  teamId: number | null;
}

/** The user's placement now, with the department of their current team (null without a team). */
export interface CurrentPlacement extends Placement {
  teamDepartmentId: number | null;
}

export type PlacementDecision = { ok: true; placement: Placement } | { ok: false; reason: string; field?: string };

const teamKeptIn = (current: CurrentPlacement, departmentId: number) => (current.teamDepartmentId === departmentId ? current.teamId : null);

/**
 * Moving a user to a department (and team). Without a team given, their team
 * stays only if it belongs to that department. A lead moved away from what they
 * led becomes a Member: leading is tied to one department or team, and a move
 * must not quietly make them lead of another. Admins stay Admins.
 */
export function assignPlacement(current: CurrentPlacement, target: { departmentId: number; teamId?: number | null }): Placement {
  const teamId = target.teamId === undefined ? teamKeptIn(current, target.departmentId) : target.teamId;
  let role = current.role;
  if (role === 'DEPARTMENT_LEAD' && target.departmentId !== current.departmentId) role = 'MEMBER';
  if (role === 'TEAM_LEAD' && (teamId === null || teamId !== current.teamId)) role = 'MEMBER';
  return { role, departmentId: target.departmentId, teamId };
}

/**
 * Making a user lead of a department or team, or a Member again. A Team Lead
 * joins the team (and its department); a Department Lead joins the department
 * and keeps their team if it is in there. An Admin's role is not changed here:
 * taking Admin away belongs on the user's own page, where it is deliberate.
 */
export function leadPlacement(
  current: CurrentPlacement,
  target: { role: LeadRole; departmentId: number; team: { id: number; departmentId: number } | null },
): PlacementDecision {
  if (current.role === 'ADMIN') {
    return { ok: false, reason: 'This user is an Admin and keeps the Admin role; change their role on their user page if they should stop being an Admin.' };
  }
  switch (target.role) {
    case 'TEAM_LEAD':
      if (!target.team) return { ok: false, reason: 'Choose the team they will lead.', field: 'teamId' };
      if (target.team.departmentId !== target.departmentId) return { ok: false, reason: 'Choose a team of this department.', field: 'teamId' };
      return { ok: true, placement: { role: 'TEAM_LEAD', departmentId: target.departmentId, teamId: target.team.id } };
    case 'DEPARTMENT_LEAD':
      return { ok: true, placement: { role: 'DEPARTMENT_LEAD', departmentId: target.departmentId, teamId: teamKeptIn(current, target.departmentId) } };
    case 'MEMBER':
      // Demoting is done from the user's own department, so a stale page cannot demote someone who has moved on.
      if (current.departmentId !== target.departmentId) return { ok: false, reason: 'This user is no longer in this department.', field: 'userId' };
      return { ok: true, placement: { role: 'MEMBER', departmentId: current.departmentId, teamId: current.teamId } };
  }
}
