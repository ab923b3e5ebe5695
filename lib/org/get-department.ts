// One department for its admin page: teams (with active user counts), every
// member with role and team (deactivated ones too, marked), and its sites.
import { db } from '../db/client';
import { requirePermission, type Actor } from '../roles/actor';

export async function getDepartment(actor: Actor, id: number) {
  requirePermission(actor, 'users.manage');
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const department = await db().department.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      archivedAt: true,
      teams: { orderBy: { name: 'asc' }, select: { id: true, name: true, archivedAt: true, _count: { select: { users: { where: { active: true } } } } } },
      users: {
        orderBy: [{ active: 'desc' }, { name: 'asc' }],
        select: { id: true, name: true, email: true, role: true, active: true, teamId: true, team: { select: { name: true } } },
      },
      sites: { where: { parentId: null }, orderBy: { code: 'asc' }, select: { id: true, code: true, name: true, active: true } },
    },
  });
  if (!department) return null;
  const { teams, users, ...rest } = department;
  return {
    ...rest,
    teams: teams.map(({ _count, ...t }) => ({ ...t, activeUsers: _count.users })),
    members: users.map(({ team, ...u }) => ({ ...u, teamName: team?.name ?? null })),
  };
}

export type DepartmentDetail = NonNullable<Awaited<ReturnType<typeof getDepartment>>>;
