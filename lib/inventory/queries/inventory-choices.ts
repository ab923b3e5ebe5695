// What the inventory filters and movement forms offer to pick from: item kinds,
// and the sites and active storage units the actor may see.
import { db } from '../../db/client';
import { requirePermission, type Actor } from '../../roles/actor';
import { siteDepartmentFilter } from '../../scope/site-scope';

export interface Choice {
  code: string;
  name: string;
}

const MAX_LOCATIONS = 2000;

export async function inventoryChoices(actor: Actor): Promise<{ kinds: Choice[]; sites: Choice[]; locations: Choice[] }> {
  requirePermission(actor, 'inventory.view');
  const dept = siteDepartmentFilter(actor);
  const siteWhere = { parentId: null, ...(dept !== null ? { departmentId: dept } : {}) };
  const [kinds, sites] = await Promise.all([
    db().itemKind.findMany({ orderBy: { name: 'asc' }, select: { code: true, name: true } }),
    db().location.findMany({ where: siteWhere, orderBy: { code: 'asc' }, select: { id: true, code: true, name: true } }),
  ]);
  const locations = await db().location.findMany({
    // Transit units are not picked by hand: their stock moves with its transit document.
    where: { active: true, siteId: { in: sites.map((s) => s.id) }, NOT: { type: { is: { name: 'In transit' } } } },
    orderBy: { code: 'asc' },
    select: { code: true, name: true },
    take: MAX_LOCATIONS,
  });
  return { kinds, sites: sites.map(({ code, name }) => ({ code, name })), locations };
}
