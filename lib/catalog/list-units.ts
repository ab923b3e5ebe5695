// Units of measure with how many items use each.
import { db } from '../db/client';
import { requirePermission, type Actor } from '../roles/actor';

export async function listUnits(actor: Actor) {
  requirePermission(actor, 'settings.manage');
  const units = await db().unitOfMeasure.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true, decimals: true, _count: { select: { items: true } } } });
  return units.map(({ _count, ...u }) => ({ ...u, itemCount: _count.items }));
}
