// What the location screens read of a location, and its audit snapshot.
import type { Prisma } from '../db/generated/client';

export const locationSelect = {
  id: true,
  code: true,
  name: true,
  parentId: true,
  siteId: true,
  path: true,
  typeId: true,
  room: true,
  gridRow: true,
  gridCol: true,
  locationNumber: true,
  barcode: true,
  workCenter: true,
  departmentId: true,
  allowNegative: true,
  active: true,
  type: { select: { id: true, name: true, gridRows: true, gridCols: true } },
  parent: { select: { id: true, code: true, name: true, active: true, type: { select: { gridRows: true, gridCols: true } } } },
  department: { select: { id: true, name: true } },
} satisfies Prisma.LocationSelect;

export type LocationRow = Prisma.LocationGetPayload<{ select: typeof locationSelect }>;

/** The stored fields of a location, for the audit log's before/after. */
export function locationSnapshot(l: LocationRow) {
  return {
    code: l.code,
    name: l.name,
    parentId: l.parentId,
    siteId: l.siteId,
    path: l.path,
    typeId: l.typeId,
    room: l.room,
    gridRow: l.gridRow,
    gridCol: l.gridCol,
    locationNumber: l.locationNumber,
    barcode: l.barcode,
    workCenter: l.workCenter,
    departmentId: l.departmentId,
    allowNegative: l.allowNegative,
    active: l.active,
  };
}
