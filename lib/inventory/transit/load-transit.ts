// A transit document by number, if the actor may see either end of it.
import type { SqlClient } from '../../db/transaction';
import { DomainError } from '../../errors';
import type { Actor } from '../../roles/actor';
import { canSeeSite } from '../../scope/site-scope';

export interface TransitDoc {
  id: number;
  number: string;
  itemId: number;
  sku: string;
  decimals: number;
  unit: string;
  fromLocationId: number;
  fromCode: string;
  toLocationId: number;
  toCode: string;
  toSiteDepartmentId: number | null;
  transitLocationId: number;
  transitCode: string;
  closedAt: Date | null;
  shippedAt: Date;
}

export async function loadTransit(client: Pick<SqlClient, 'query'>, actor: Actor, number: string, lock = false): Promise<TransitDoc> {
  const { rows } = await client.query(
    `SELECT t.id, t.number, t."itemId" AS "itemId", i.sku::text AS sku, u.decimals, u.code AS unit,
            t."fromLocationId" AS "fromLocationId", f.code::text AS "fromCode", t."toLocationId" AS "toLocationId", d.code::text AS "toCode",
            ts."departmentId" AS "toSiteDepartmentId", fs."departmentId" AS from_dept,
            t."transitLocationId" AS "transitLocationId", v.code::text AS "transitCode", t."closedAt" AS "closedAt", t."shippedAt" AS "shippedAt"
     FROM "StockTransit" t
     JOIN "Item" i ON i.id = t."itemId" JOIN "UnitOfMeasure" u ON u.code = i."unitCode"
     JOIN "Location" f ON f.id = t."fromLocationId" JOIN "Location" fs ON fs.id = coalesce(f."siteId", f.id)
     JOIN "Location" d ON d.id = t."toLocationId" JOIN "Location" ts ON ts.id = coalesce(d."siteId", d.id)
     JOIN "Location" v ON v.id = t."transitLocationId"
     WHERE t.number = $1 ${lock ? 'FOR UPDATE OF t' : ''}`,
    [String(number ?? '').trim().toUpperCase()],
  );
  const doc = rows[0];
  if (!doc || !(canSeeSite(actor, doc.toSiteDepartmentId) || canSeeSite(actor, doc.from_dept))) throw new DomainError('NOT_FOUND', `Transit ${number} was not found.`);
  return doc;
}
