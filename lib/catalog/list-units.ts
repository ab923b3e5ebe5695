// Units of measure with how many items use each.
import { db } from '../db/client';
import { requirePermission, type Actor } from '../roles/actor';

export async function listUnits(actor: Actor) {
  // Reading the catalogue is everyday work (scanners, scripts, the inventory screens).
  requirePermission(actor, 'inventory.view');
  const units = await db().unitOfMeasure.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true, decimals: true, _count: { select: { items: true } } } });
  return units.map(({ _count, ...u }) => ({ ...u, itemCount: _count.items }));
}
