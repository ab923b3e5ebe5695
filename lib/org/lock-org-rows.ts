// Locked reads of department and team rows. Changes inside a department take
// its row exclusively (archive, teams, names); placing users into it takes the
// row shared. So "no active users, archive it" and "put a user in it" never
// interleave, and two admins naming teams in one department take turns.
// Always department first, then team, so two transactions cannot deadlock.
import type { Prisma } from '../db/generated/client';

type Tx = Pick<Prisma.TransactionClient, '$queryRaw'>;

export interface DepartmentRow {
  id: number;
  name: string;
  archivedAt: Date | null;
}

export interface TeamRow extends DepartmentRow {
  departmentId: number;
}

export type LockMode = 'share' | 'change';

export async function lockDepartment(tx: Tx, id: number, mode: LockMode): Promise<DepartmentRow | null> {
  const rows =
    mode === 'share'
      ? await tx.$queryRaw<DepartmentRow[]>`SELECT id, name, "archivedAt" FROM "Department" WHERE id = ${id} FOR SHARE`
      : await tx.$queryRaw<DepartmentRow[]>`SELECT id, name, "archivedAt" FROM "Department" WHERE id = ${id} FOR NO KEY UPDATE`;
  return rows[0] ?? null;
}

export async function lockTeam(tx: Tx, id: number, mode: LockMode): Promise<TeamRow | null> {
  const rows =
    mode === 'share'
      ? await tx.$queryRaw<TeamRow[]>`SELECT id, name, "departmentId", "archivedAt" FROM "Team" WHERE id = ${id} FOR SHARE`
      : await tx.$queryRaw<TeamRow[]>`SELECT id, name, "departmentId", "archivedAt" FROM "Team" WHERE id = ${id} FOR NO KEY UPDATE`;
  return rows[0] ?? null;
}

/**
 * A team's department row and then the team's row, both for a change. A team
 * never changes department, so reading its department id unlocked first is safe.
 */
export async function lockTeamInDepartment(tx: Tx, teamId: number): Promise<{ department: DepartmentRow | null; team: TeamRow | null }> {
  const [row] = await tx.$queryRaw<{ departmentId: number }[]>`SELECT "departmentId" FROM "Team" WHERE id = ${teamId}`;
  if (!row) return { department: null, team: null };
  const department = await lockDepartment(tx, row.departmentId, 'change');
  const team = await lockTeam(tx, teamId, 'change');
  return { department, team };
}
