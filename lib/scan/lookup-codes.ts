// What scanned codes name, in one query: a serial number, a storage unit (code
// or barcode), a lot label ("SKU#0002": a batch of an item) or an item (SKU or
// barcode; a distributor label names it by manufacturer or supplier part
// number). Only what the actor may see: storage units of their sites, serials
// of their scope; anything else reads as unknown.
import { render, sql, trusted } from '../db/sql';
import type { Actor } from '../roles/actor';
import { siteDepartmentFilter } from '../scope/site-scope';
import { serialScope } from '../scope/serial-scope';
import type { SerialStatus } from '../serials/serial-status';

type Queryable = { query: (q: { text: string; values: unknown[] }) => Promise<{ rows: Record<string, never>[] }> };

export interface ScannedItem {
  id: number;
  sku: string;
  name: string;
  unit: string;
  decimals: number;
  perishable: boolean;
  serialTracked: boolean;
  active: boolean;
}

export type Scanned =
  | { kind: 'serial'; code: string; item: ScannedItem; serial: { id: number; serial: string; status: SerialStatus; batchId: bigint | null } }
  | { kind: 'location'; code: string; location: { id: number; code: string; name: string; transit: boolean } }
  | { kind: 'lot'; code: string; item: ScannedItem; batch: { id: bigint; number: number } }
  | { kind: 'item'; code: string; item: ScannedItem }
  | { kind: 'unknown'; code: string };

const ITEM_JSON = `json_build_object('id', i.id, 'sku', i.sku, 'name', i.name, 'unit', u.code, 'decimals', u.decimals, 'perishable', i.perishable,
  'serialTracked', k."serialTracked", 'active', i.active)`;
const ITEM_FROM = `"Item" i JOIN "UnitOfMeasure" u ON u.code = i."unitCode" JOIN "ItemKind" k ON k.code = i."kindCode"`;

export async function lookupCodes(client: Queryable, actor: Actor, codes: string[], byPartNumber: (string | null)[] = []): Promise<Scanned[]> {
  const department = siteDepartmentFilter(actor);
  const { rows } = await client.query(
    render(sql`WITH c AS (SELECT code, part, n FROM unnest(${codes}::text[], ${codes.map((_, i) => byPartNumber[i] ?? null)}::text[]) WITH ORDINALITY AS c(code, part, n))
      SELECT c.n, c.code,
        (SELECT json_build_object('id', s.id, 'serial', s.serial, 'status', s.status, 'batchId', s."batchId"::text, 'item', ${trusted(ITEM_JSON)})
           FROM "SerialUnit" s JOIN ${trusted(ITEM_FROM)} ON i.id = s."itemId"
           WHERE s.serial = c.code::citext AND ${serialScope(actor)}) AS serial,
        (SELECT json_build_object('id', l.id, 'code', l.code, 'name', l.name,
                'transit', EXISTS (SELECT 1 FROM "LocationType" lt WHERE lt.id = l."typeId" AND lt.name = 'In transit'))
           FROM "Location" l JOIN "Location" site ON site.id = coalesce(l."siteId", l.id)
           WHERE (l.code = c.code::citext OR l.barcode = c.code) AND l.active
             AND (${department}::int IS NULL OR site."departmentId" = ${department}::int)
           ORDER BY (l.code = c.code::citext) DESC LIMIT 1) AS location,
        (SELECT json_build_object('id', b.id::text, 'number', b.number, 'item', ${trusted(ITEM_JSON)})
           FROM ${trusted(ITEM_FROM)} JOIN "Batch" b ON b."itemId" = i.id
           WHERE c.code ~ '#[0-9]{1,6}$' AND i.sku = regexp_replace(c.code, '#[0-9]+$', '')::citext
             AND b.number = substring(c.code from '#([0-9]+)$')::int) AS lot,
        (SELECT ${trusted(ITEM_JSON)} FROM ${trusted(ITEM_FROM)}
           WHERE i.sku = c.code::citext OR i.barcode = c.code
              OR (c.part IS NOT NULL AND (i.mpn = c.part::citext OR c.part = ANY(i."supplierPartNumbers")))
           ORDER BY (i.sku = c.code::citext) DESC LIMIT 1) AS item
      FROM c ORDER BY c.n`),
  );
  return rows.map((r: Record<string, any>): Scanned => {
    const code: string = r.code;
    if (r.serial) return { kind: 'serial', code, item: r.serial.item, serial: { id: r.serial.id, serial: r.serial.serial, status: r.serial.status, batchId: r.serial.batchId ? BigInt(r.serial.batchId) : null } };
    if (r.location) return { kind: 'location', code, location: r.location };
    if (r.lot) return { kind: 'lot', code, item: r.lot.item, batch: { id: BigInt(r.lot.id), number: r.lot.number } };
    if (r.item) return { kind: 'item', code, item: r.item };
    return { kind: 'unknown', code };
  });
}
