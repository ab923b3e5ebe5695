// The user list of the admin area.
import { db } from '../db/client';
import { requirePermission, type Actor } from '../roles/actor';

export async function listUsers(actor: Actor) {
  requirePermission(actor, 'users.manage');
  return db().user.findMany({
    orderBy: [{ active: 'desc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      department: { select: { id: true, name: true } },
      team: { select: { id: true, name: true } },
    },
  });
}

export async function getUserForEdit(actor: Actor, id: number) {
  requirePermission(actor, 'users.manage');
  const user = await db().user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, active: true, departmentId: true, teamId: true },
  });
  return user;
}

/** Departments with their teams, for the user form's choices. */
export async function listOrganisation(actor: Actor) {
  requirePermission(actor, 'users.manage');
  return db().department.findMany({
    where: { archivedAt: null },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, teams: { where: { archivedAt: null }, orderBy: { name: 'asc' }, select: { id: true, name: true } } },
  });
}
