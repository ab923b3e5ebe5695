// One location as the inventory screens show it: name, site, parent, type.
// Unknown and out-of-scope codes answer the same NOT_FOUND (no hint either exists).
import { db } from '../../db/client';
import { notFound } from '../../errors';
import { requirePermission, type Actor } from '../../roles/actor';
import { canSeeSite } from '../../scope/site-scope';

export interface StockLocationView {
  code: string;
  name: string;
  type: string | null;
  room: string | null;
  active: boolean;
  site: { code: string; name: string };
  parent: { code: string; name: string } | null;
}

export async function getStockLocation(actor: Actor, code: string): Promise<StockLocationView> {
  requirePermission(actor, 'inventory.view');
  const loc = code ? await db().location.findUnique({ where: { code }, include: { type: true, parent: { select: { code: true, name: true } } } }) : null;
  const site = loc ? (loc.siteId && loc.siteId !== loc.id ? await db().location.findUnique({ where: { id: loc.siteId } }) : loc) : null;
  if (!loc || !site || !canSeeSite(actor, site.departmentId)) throw notFound(`Location ${code}`);
  return {
    code: loc.code,
    name: loc.name,
    type: loc.type?.name ?? null,
    room: loc.room,
    active: loc.active,
    site: { code: site.code, name: site.name },
    parent: loc.parent,
  };
}
