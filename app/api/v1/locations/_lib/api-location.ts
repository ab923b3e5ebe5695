// The location tree as the API lists it: flat, depth-first (a parent before
// its children), each row naming its parent and site by code.
import { flattenTree, type LocationNode } from '@/lib/locations/build-location-tree';
import type { TreeLocation } from '@/lib/locations/list-location-tree';

export function apiLocations(tree: LocationNode<TreeLocation>[]) {
  const rows = flattenTree(tree);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const siteOf = (r: TreeLocation): TreeLocation => (r.parentId === null ? r : siteOf(byId.get(r.parentId) ?? r));
  return rows.map((r) => {
    const site = siteOf(r);
    return {
      code: r.code,
      name: r.name,
      parentCode: r.parentId === null ? null : (byId.get(r.parentId)?.code ?? null),
      site: site.code,
      type: r.typeName,
      room: r.room,
      gridRow: r.gridRow,
      gridCol: r.gridCol,
      workCenter: r.workCenter,
      department: site.departmentName,
      active: r.active,
    };
  });
}
