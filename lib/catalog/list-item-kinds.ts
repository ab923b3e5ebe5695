// Item kinds with how many items use each.
import { db } from '../db/client';
import { requirePermission, type Actor } from '../roles/actor';

export async function listItemKinds(actor: Actor) {
  // Reading the catalogue is everyday work (scanners, scripts, the inventory screens).
  requirePermission(actor, 'inventory.view');
  const kinds = await db().itemKind.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true, serialTracked: true, _count: { select: { items: true } } } });
  return kinds.map(({ _count, ...k }) => ({ ...k, itemCount: _count.items }));
}
