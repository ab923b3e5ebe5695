// Looks up what a movement names (SKU, location codes, customer) in one SQL
// round trip (this is on the posting hot path), and answers unknown or
// out-of-scope names as a field error, never as "exists but forbidden".
import { pool } from '../db/pool';
import { DomainError, invalid } from '../errors';
import type { Actor } from '../roles/actor';
import { canSeeSite } from '../scope/site-scope';
import type { Lot } from './lots';
import { toLot } from './posting/lock-lots';

export interface ResolvedItem {
  id: number;
  sku: string;
  name: string;
  decimals: number;
  unit: string;
  perishable: boolean;
  standardCost: string;
  /** Serial-numbered product: its units enter and leave stock one serial at a time (lib/serials). */
  serialTracked: boolean;
}

export interface ResolvedLocation {
  id: number;
  code: string;
  name: string;
  siteId: number;
  allowNegative: boolean;
}

export interface MovementTargets {
  item: ResolvedItem;
  locations: ResolvedLocation[];
  ownerId: number | null;
  /** The item's lots at the named locations, as read (unlocked). */
  lots: Lot[];
}


/** Resolves the item, the locations (in the order given, each with its form field) and an optional customer. */
export async function resolveTargets(
  actor: Actor,
  sku: string,
  locations: { code: string; field: string }[],
  customer?: string | null,
): Promise<MovementTargets> {
  // Named: prepared once per connection, so PostgreSQL does not re-plan it on every posting.
  const { rows } = await pool().query({
    name: 'qm-resolve-targets',
    text: `SELECT
       (SELECT json_build_object('id', i.id, 'sku', i.sku, 'name', i.name, 'decimals', u.decimals, 'unit', u.code,
                                 'perishable', i.perishable, 'standardCost', i."standardCost"::text, 'active', i.active,
                                 'serialTracked', (SELECT k."serialTracked" FROM "ItemKind" k WHERE k.code = i."kindCode"))
        FROM "Item" i JOIN "UnitOfMeasure" u ON u.code = i."unitCode" WHERE i.sku = $1) AS item,
       (SELECT coalesce(json_agg(json_build_object('id', l.id, 'code', l.code, 'name', l.name, 'active', l.active, 'siteId', s.id,
                                 'transit', EXISTS (SELECT 1 FROM "LocationType" lt WHERE lt.id = l."typeId" AND lt.name = 'In transit'),
                                 'allowNegative', s."allowNegative", 'departmentId', s."departmentId")), '[]'::json)
        FROM "Location" l JOIN "Location" s ON s.id = coalesce(l."siteId", l.id) WHERE l.code = ANY($2::citext[])) AS locations,
       (SELECT json_build_object('id', p.id, 'kind', p.kind) FROM "Partner" p WHERE p.code = $3) AS customer,
       -- The lots of the named positions, read without locks: the posting re-checks them under lock (qm_post).
       (SELECT coalesce(json_agg(json_build_object('balance_id', b.id::text, 'item_id', b."itemId", 'location_id', b."locationId",
                 'batch_id', b."batchId"::text, 'status', b.status, 'quantity', b.quantity::text, 'unreceived', b.unreceived,
                 'batch_number', bt.number, 'received_at', bt."receivedAt", 'expires_at', bt."expiresAt", 'owner_id', bt."ownerId",
                 'unit_cost', bt."unitCost"::text)), '[]'::json)
        FROM "StockBalance" b JOIN "Batch" bt ON bt.id = b."batchId" JOIN "Item" i ON i.id = b."itemId" JOIN "Location" l ON l.id = b."locationId"
        WHERE i.sku = $1 AND l.code = ANY($2::citext[])) AS lots`,
    values: [sku, locations.map((l) => l.code), customer ?? null],
  });
  const { item, locations: found, customer: partner, lots } = rows[0];
  if (!item) throw invalid('sku', `Unknown SKU "${sku}".`);
  if (!item.active) throw invalid('sku', `Item ${item.sku} is inactive.`);
  const resolved = locations.map(({ code, field }) => {
    const loc = found.find((l: { code: string }) => l.code.toLowerCase() === code.toLowerCase());
    if (!loc || !loc.active || !canSeeSite(actor, loc.departmentId)) throw invalid(field, `Unknown location "${code}".`);
    // Stock in a transit unit belongs to its transit document: only receiving or closing the transit moves it.
    if (loc.transit) throw invalid(field, `${loc.code} holds stock in transit: receive or close its transit document instead.`);
    return { id: loc.id, code: loc.code, name: loc.name, siteId: loc.siteId, allowNegative: loc.allowNegative };
  });
  if (customer && (!partner || partner.kind !== 'CUSTOMER')) throw invalid('customer', `Unknown customer "${customer}".`);
  const { active: _, ...rest } = item;
  return { item: rest, locations: resolved, ownerId: partner?.id ?? null, lots: lots.map(toLot) };
}

export function labelsFor(item: ResolvedItem, ...locations: ResolvedLocation[]) {
  return {
    items: new Map([[item.id, { sku: item.sku, decimals: item.decimals }]]),
    locations: new Map(locations.map((l) => [l.id, l.code])),
  };
}

/** Bulk movements that create or remove units refuse serial-numbered products (transfers may move them: the serial keeps its batch). */
export function refuseSerialTracked(item: ResolvedItem): void {
  if (item.serialTracked)
    throw invalid('sku', `${item.sku} is serial-numbered: its units enter stock by QA approval or an Add adjustment on the product, and leave by delivery, defect marking or a Subtract adjustment.`);
}

export const insufficient = (field: string, available: string, unit: string, where: string) =>
  new DomainError('INSUFFICIENT_STOCK', `Only ${available} ${unit} available at ${where}.`, { [field]: `Only ${available} ${unit} available at ${where}.` });
