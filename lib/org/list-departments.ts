// The department list of the admin area: every department with its teams,
// how many active users each has and who leads it; archived ones apart.
import { db } from '../db/client';
import { requirePermission, type Actor } from '../roles/actor';

const activeUsers = { users: { where: { active: true } } } as const;
const leadsWith = (role: 'DEPARTMENT_LEAD' | 'TEAM_LEAD') => ({ where: { role, active: true }, orderBy: { name: 'asc' }, select: { id: true, name: true } }) as const;

export async function listDepartments(actor: Actor) {
  requirePermission(actor, 'users.manage');
  const rows = await db().department.findMany({
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      archivedAt: true,
      _count: { select: { ...activeUsers, sites: { where: { parentId: null } } } },
      users: leadsWith('DEPARTMENT_LEAD'),
      teams: {
        orderBy: { name: 'asc' },
        select: { id: true, name: true, archivedAt: true, _count: { select: activeUsers }, users: leadsWith('TEAM_LEAD') },
      },
    },
  });
  const departments = rows.map((d) => ({
    id: d.id,
    name: d.name,
    archivedAt: d.archivedAt,
    activeUsers: d._count.users,
    sites: d._count.sites,
    leads: d.users,
    teams: d.teams.map((t) => ({ id: t.id, name: t.name, archivedAt: t.archivedAt, activeUsers: t._count.users, leads: t.users })),
  }));
  return { active: departments.filter((d) => !d.archivedAt), archived: departments.filter((d) => d.archivedAt) };
}

export type DepartmentSummary = Awaited<ReturnType<typeof listDepartments>>['active'][number];
