// What the profile page shows the signed-in user about themselves.
import { db } from '../db/client';
import { notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';

export async function getOwnProfile(actor: Actor) {
  requirePermission(actor, 'portal.use');
  const user = await db().user.findUnique({
    where: { id: actor.id },
    select: { name: true, email: true, role: true, department: { select: { name: true } }, team: { select: { name: true } } },
  });
  if (!user) throw notFound('Your account');
  return user;
}
