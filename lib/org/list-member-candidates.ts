// Who can be added to a department from its page: active users of every
// other department, grouped by their department so the pick list reads well.
import { db } from '../db/client';
import { requirePermission, type Actor } from '../roles/actor';

export async function listMemberCandidates(actor: Actor, departmentId: number) {
  requirePermission(actor, 'users.manage');
  const users = await db().user.findMany({
    where: { active: true, NOT: { departmentId } },
    orderBy: [{ department: { name: 'asc' } }, { name: 'asc' }],
    select: { id: true, name: true, email: true, role: true, department: { select: { name: true } } },
  });
  const groups = new Map<string, Omit<(typeof users)[number], 'department'>[]>();
  for (const { department, ...user } of users) groups.set(department.name, [...(groups.get(department.name) ?? []), user]);
  return [...groups].map(([department, members]) => ({ department, members }));
}
