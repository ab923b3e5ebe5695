// One location with what its edit screen shows.
import { db } from '../db/client';
import { notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { gridOf } from './grid';
import { locationSelect } from './location-view';

export async function getLocation(actor: Actor, id: number) {
  requirePermission(actor, 'settings.manage');
  const row = Number.isSafeInteger(id) && id > 0 ? await db().location.findUnique({ where: { id }, select: locationSelect }) : null;
  if (!row) throw notFound('The location');
  const { type, parent, department, ...fields } = row;
  return {
    ...fields,
    isSite: row.parentId === null,
    typeName: type?.name ?? null,
    grid: gridOf(type),
    parent: parent ? { id: parent.id, code: parent.code, name: parent.name, grid: gridOf(parent.type) } : null,
    departmentName: department?.name ?? null,
  };
}
