// The actor's own tokens for the profile page, newest first.
import { db } from '../db/client';
import { requirePermission, type Actor } from '../roles/actor';
import { tokenViewSelect, withStatus } from './token-view';

export async function listOwnTokens(actor: Actor, now = new Date()) {
  requirePermission(actor, 'portal.use');
  const rows = await db().apiToken.findMany({ where: { userId: actor.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: tokenViewSelect });
  return rows.map((row) => withStatus(row, now));
}
