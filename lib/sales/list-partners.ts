// Customers and suppliers by code (keyset-paged), with how many open sales
// orders each has among the orders the actor may see.
import { pool } from '../db/pool';
import { empty, join, render, sql, type Sql } from '../db/sql';
import { invalid } from '../errors';
import { escapeLike } from '../form-fields';
import { clampLimit, decodeCursor, encodeCursor, type Page } from '../pagination';
import { requirePermission, type Actor } from '../roles/actor';
import { salesOrderScope } from '../scope/sales-scope';
import { parseInput } from '../validation';
import type { PartnerView } from './create-partner';
import { listPartnersSchema, partnerKindApi, type PartnerKind } from './partner-schemas';

export interface PartnerListEntry extends PartnerView {
  /** Open sales orders of this partner that the actor may see. */
  openOrders: number;
}

function after(cursor: string | null | undefined): Sql {
  const keys = decodeCursor(cursor, 1);
  if (!keys) return empty;
  if (typeof keys[0] !== 'string') throw invalid('cursor', 'This cursor is not valid; start from the first page.');
  return sql`p.code > ${keys[0]}::citext`;
}

export async function listPartners(actor: Actor, input: unknown = {}, page: { limit?: number; cursor?: string | null } = {}): Promise<Page<PartnerListEntry>> {
  requirePermission(actor, 'sales.view');
  const f = parseInput(listPartnersSchema, input);
  const limit = clampLimit(page.limit);
  const like = f.search ? `%${escapeLike(f.search)}%` : null;
  const where = join(
    [
      f.kind ? sql`p.kind = ${f.kind.toUpperCase()}::"PartnerKind"` : empty,
      like ? sql`(p.code ILIKE ${like} OR p.name ILIKE ${like})` : empty,
      after(page.cursor),
    ].filter((p) => p !== empty),
    ' AND ',
  );
  const { rows } = await pool().query(
    render(sql`SELECT p.code::text AS code, p.name, p.kind::text AS kind, p.active,
        (SELECT count(*)::int FROM "SalesOrder" o WHERE o."partnerId" = p.id AND o.status = 'OPEN' AND ${salesOrderScope(actor, 'o')}) AS open_orders
      FROM "Partner" p ${where === empty ? empty : sql`WHERE ${where}`}
      ORDER BY p.code LIMIT ${limit + 1}`),
  );
  const data = rows.slice(0, limit).map((r) => ({ code: r.code, name: r.name, kind: partnerKindApi(r.kind as PartnerKind), active: r.active, openOrders: r.open_orders }));
  return { data, nextCursor: rows.length > limit ? encodeCursor([rows[limit - 1].code]) : null };
}
