// The location tree of the admin area: every site with its storage units nested.
import { db } from '../db/client';
import { requirePermission, type Actor } from '../roles/actor';
import { buildLocationTree, type LocationNode } from './build-location-tree';
import { gridOf, type Grid } from './grid';

export interface TreeLocation {
  id: number;
  parentId: number | null;
  code: string;
  name: string;
  typeName: string | null;
  /** Set when the location's type has rows × columns: it has a rack map. */
  grid: Grid | null;
  room: string | null;
  gridRow: number | null;
  gridCol: number | null;
  workCenter: string | null;
  departmentName: string | null;
  allowNegative: boolean;
  active: boolean;
}

export async function listLocationTree(actor: Actor): Promise<LocationNode<TreeLocation>[]> {
  requirePermission(actor, 'settings.manage');
  const rows = await db().location.findMany({
    select: {
      id: true, parentId: true, code: true, name: true, room: true, gridRow: true, gridCol: true, workCenter: true, allowNegative: true, active: true,
      type: { select: { name: true, gridRows: true, gridCols: true } },
      department: { select: { name: true } },
    },
  });
  return buildLocationTree(
    rows.map(({ type, department, ...r }) => ({ ...r, typeName: type?.name ?? null, grid: gridOf(type), departmentName: department?.name ?? null })),
  );
}
