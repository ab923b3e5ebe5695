// What the site and storage-unit forms offer: types, departments, and every
// location as a possible parent (depth-first, so a pick list reads like the tree).
import { db } from '../db/client';
import { requirePermission, type Actor } from '../roles/actor';
import { buildLocationTree, flattenTree } from './build-location-tree';
import { gridOf } from './grid';

export async function listLocationFormChoices(actor: Actor) {
  requirePermission(actor, 'settings.manage');
  const [types, departments, locations] = await Promise.all([
    db().locationType.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, gridRows: true, gridCols: true } }),
    db().department.findMany({ where: { archivedAt: null }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db().location.findMany({ select: { id: true, parentId: true, code: true, name: true, active: true, type: { select: { gridRows: true, gridCols: true } } } }),
  ]);
  const parents = flattenTree(buildLocationTree(locations.map(({ type, ...l }) => ({ ...l, grid: gridOf(type) }))));
  return { types: types.map((t) => ({ id: t.id, name: t.name, grid: gridOf(t) })), departments, parents };
}
