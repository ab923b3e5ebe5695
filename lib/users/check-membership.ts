// A user's team must belong to the user's department.
import type { Prisma } from '../db/generated/client';
import { invalid } from '../errors';

type Tx = Pick<Prisma.TransactionClient, 'department' | 'team'>;

export async function checkMembership(tx: Tx, departmentId: number, teamId: number | null): Promise<void> {
  const department = await tx.department.findUnique({ where: { id: departmentId } });
  if (!department || department.archivedAt) throw invalid('departmentId', 'Choose an existing department.');
  if (teamId === null) return;
  const team = await tx.team.findUnique({ where: { id: teamId } });
  if (!team || team.archivedAt || team.departmentId !== departmentId) throw invalid('teamId', 'Choose a team of the selected department.');
}
