// A user's team must belong to the user's department; neither may be archived.
// Both rows are read locked (shared) so an archive running at the same moment
// sees this user, or this check sees the archive (lib/org/lock-org-rows.ts).
import type { Prisma } from '../db/generated/client';
import { invalid } from '../errors';
import { lockDepartment, lockTeam } from '../org/lock-org-rows';

type Tx = Pick<Prisma.TransactionClient, '$queryRaw'>;

export async function checkMembership(tx: Tx, departmentId: number, teamId: number | null): Promise<void> {
  const department = await lockDepartment(tx, departmentId, 'share');
  if (!department || department.archivedAt) throw invalid('departmentId', 'Choose an existing department.');
  if (teamId === null) return;
  const team = await lockTeam(tx, teamId, 'share');
  if (!team || team.archivedAt || team.departmentId !== departmentId) throw invalid('teamId', 'Choose a team of the selected department.');
}
