// Test helpers: the seeded demo users as Actors, and fresh users per test.
import { randomBytes } from 'node:crypto';
import { loadActor } from '../../lib/auth/load-actor';
import { hashPassword } from '../../lib/auth/password';
import { db } from '../../lib/db/client';
import type { Actor } from '../../lib/roles/actor';
import type { Role } from '../../lib/roles/roles';

export async function actorByEmail(email: string): Promise<Actor> {
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  const actor = await loadActor(user.id, user.sessionVersion);
  if (!actor) throw new Error(`${email} is not an active user`);
  return actor;
}

export const demoActor = {
  admin: () => actorByEmail('admin@demo.local'),
  deptLead: () => actorByEmail('dept.lead@demo.local'),
  teamLead: () => actorByEmail('team.lead@demo.local'),
  member: () => actorByEmail('member@demo.local'),
};

export async function createTestUser(role: Role, password = 'correct horse'): Promise<{ id: number; email: string; password: string }> {
  const department = await db().department.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const email = `u-${randomBytes(4).toString('hex')}@test.local`;
  const user = await db().user.create({ data: { email, name: `Test ${role}`, role, departmentId: department.id, passwordHash: await hashPassword(password) } });
  return { id: user.id, email, password };
}
