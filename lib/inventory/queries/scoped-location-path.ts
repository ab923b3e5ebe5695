// The ancestry path of a location named in a filter, or the same "unknown"
// answer whether it does not exist or lies outside the actor's sites (no hint
// that another department's location exists).
import { db } from '../../db/client';
import { invalid } from '../../errors';
import type { Actor } from '../../roles/actor';
import { canSeeSite } from '../../scope/site-scope';

export async function scopedLocationPath(actor: Actor, code: string | undefined | null, field: string): Promise<string | null> {
  if (!code) return null;
  const loc = await db().location.findUnique({ where: { code }, select: { id: true, path: true, siteId: true, departmentId: true } });
  const site = loc && loc.siteId && loc.siteId !== loc.id ? await db().location.findUnique({ where: { id: loc.siteId }, select: { departmentId: true } }) : loc;
  if (!loc || !site || !canSeeSite(actor, site.departmentId)) throw invalid(field, `Unknown location "${code}".`);
  return loc.path;
}
