// The rack map of a location whose type has rows × columns: which storage unit
// sits in each cell and what it holds (on hand per SKU over the unit and
// anything nested in it, all statuses, non-zero only), and which cells are free.
import { db } from '../db/client';
import { DomainError, notFound } from '../errors';
import { formatQuantity, fromDb } from '../inventory/quantity';
import { requirePermission, type Actor } from '../roles/actor';
import { gridOf } from './grid';
import { layOutRack, type RackLayout } from './lay-out-rack';

export interface RackMap extends RackLayout {
  rack: { id: number; code: string; name: string; typeName: string };
}

export async function getRackMap(actor: Actor, id: number): Promise<RackMap> {
  requirePermission(actor, 'settings.manage');
  const rack = Number.isSafeInteger(id) && id > 0 ? await db().location.findUnique({ where: { id }, select: { id: true, code: true, name: true, type: true } }) : null;
  if (!rack) throw notFound('The location');
  const grid = gridOf(rack.type);
  if (!grid || !rack.type) throw new DomainError('NOT_FOUND', `${rack.code} has no grid: its type has no rows and columns.`);
  const units = await db().location.findMany({ where: { parentId: id, active: true }, select: { id: true, code: true, name: true, gridRow: true, gridCol: true } });
  // Subtree by materialised path; a unit without a path would match everything, so it is left out.
  const sums = await db().$queryRaw<{ unitId: number; sku: string; unit: string; decimals: number; quantity: string }[]>`
    SELECT c.id AS "unitId", i.sku::text AS sku, i."unitCode" AS unit, u.decimals, SUM(b.quantity)::text AS quantity
    FROM "Location" c
    JOIN "Location" d ON d.path LIKE c.path || '%'
    JOIN "StockBalance" b ON b."locationId" = d.id
    JOIN "Item" i ON i.id = b."itemId"
    JOIN "UnitOfMeasure" u ON u.code = i."unitCode"
    WHERE c."parentId" = ${id} AND c.active AND c.path <> ''
    GROUP BY c.id, i.sku, i."unitCode", u.decimals
    HAVING SUM(b.quantity) <> 0
    ORDER BY i.sku`;
  const holdings = sums.map((s) => ({ unitId: s.unitId, sku: s.sku, unit: s.unit, quantity: formatQuantity(fromDb(s.quantity), s.decimals) }));
  return { rack: { id: rack.id, code: rack.code, name: rack.name, typeName: rack.type.name }, ...layOutRack(grid, units, holdings) };
}
