// Admin puts a user into a department and team (or no team). The rules of
// where they end up, and what happens to a lead who moves, are in placement.ts.
import { db } from '../db/client';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { assignMemberSchema } from './org-schemas';
import { assignPlacement, type Placement } from './placement';
import { lockChosenTeam, lockOpenDepartment, readPlacement, withKeptTeam, writePlacement } from './place-user';

export async function assignMember(actor: Actor, input: unknown): Promise<{ before: Placement; after: Placement }> {
  requirePermission(actor, 'users.manage');
  const { userId, departmentId, teamId } = parseInput(assignMemberSchema, input);
  return db().$transaction(async (tx) => {
    await lockOpenDepartment(tx, departmentId);
    if (teamId) await lockChosenTeam(tx, teamId, departmentId);
    const user = await readPlacement(tx, userId);
    const current = teamId === undefined ? await withKeptTeam(tx, user, departmentId) : user;
    const after = assignPlacement(current, { departmentId, teamId });
    await writePlacement(tx, actor, 'user.assign', user, after);
    return { before: { role: user.role, departmentId: user.departmentId, teamId: user.teamId }, after };
  });
}
