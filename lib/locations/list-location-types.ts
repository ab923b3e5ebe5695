// Location types with their grid and how many locations use each.
import { db } from '../db/client';
import { requirePermission, type Actor } from '../roles/actor';

export async function listLocationTypes(actor: Actor) {
  requirePermission(actor, 'settings.manage');
  const types = await db().locationType.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, gridRows: true, gridCols: true, _count: { select: { locations: true } } } });
  return types.map(({ _count, ...t }) => ({ ...t, locationCount: _count.locations }));
}

export async function getLocationType(actor: Actor, id: number) {
  requirePermission(actor, 'settings.manage');
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return db().locationType.findUnique({ where: { id }, select: { id: true, name: true, gridRows: true, gridCols: true } });
}
