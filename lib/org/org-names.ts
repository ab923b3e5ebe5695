// Department names are unique among departments, team names among their
// department's teams, both without regard to letter case ("Logistics" and
// "logistics" would be the same department to everyone reading a list).
// The unique indexes only compare exact text, so the checks run under a lock:
// an advisory lock for department names, the department's row for team names
// (lock-org-rows.ts, taken by the caller).
import type { Prisma } from '../db/generated/client';
import { DomainError } from '../errors';

type Tx = Pick<Prisma.TransactionClient, '$queryRaw'>;

const conflict = (message: string) => new DomainError('CONFLICT', message, { name: message });

export async function checkDepartmentNameFree(tx: Tx, name: string, exceptId: number | null): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext('qm:department-names')::bigint)`;
  const [clash] = await tx.$queryRaw<{ name: string; archivedAt: Date | null }[]>`
    SELECT name, "archivedAt" FROM "Department" WHERE lower(name) = lower(${name}) AND id <> ${exceptId ?? 0} LIMIT 1`;
  if (clash) throw conflict(`There is already a department called ${clash.name}${clash.archivedAt ? ' (archived)' : ''}.`);
}

export async function checkTeamNameFree(tx: Tx, departmentId: number, name: string, exceptId: number | null): Promise<void> {
  const [clash] = await tx.$queryRaw<{ name: string; archivedAt: Date | null }[]>`
    SELECT name, "archivedAt" FROM "Team" WHERE "departmentId" = ${departmentId} AND lower(name) = lower(${name}) AND id <> ${exceptId ?? 0} LIMIT 1`;
  if (clash) throw conflict(`This department already has a team called ${clash.name}${clash.archivedAt ? ' (archived)' : ''}.`);
}

export const departmentNameTaken = 'There is already a department with this name.';
export const teamNameTaken = 'This department already has a team with this name.';
