// Transit documents the actor can see (either end in one of its sites, as in
// load-transit.ts): open ones first, newest first, then closed ones, most
// recently closed first. Keyset pages on (closedAt, id), which the
// ("closedAt", id) index walks backwards; totals come from the ledger like
// transit-balance.ts, for the whole page in the same query.
import { z } from 'zod';
import { pool } from '../../db/pool';
import { empty, join, render, sql } from '../../db/sql';
import { invalid } from '../../errors';
import { clampLimit, decodeCursor, encodeCursor, type Page } from '../../pagination';
import { requirePermission, type Actor } from '../../roles/actor';
import { canSeeSite, siteDepartmentFilter } from '../../scope/site-scope';
import { parseInput } from '../../validation';
import { formatQuantity, fromDb, type Qty } from '../quantity';

export const listTransitsSchema = z.object({
  state: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.enum(['open', 'closed'], { message: 'state is open or closed.' }).optional()),
});

export type TransitStatus = 'in_transit' | 'partially_received' | 'received' | 'closed_short';

export interface TransitSummary {
  number: string;
  sku: string;
  unit: string;
  from: string;
  to: string;
  via: string;
  shippedAt: string;
  closedAt: string | null;
  status: TransitStatus;
  shipped: string;
  received: string;
  writtenOff: string;
  remaining: string;
}

/** The same rule get-transit.ts applies to one document. */
export function transitStatus(t: { closed: boolean; received: Qty; writtenOff: Qty }): TransitStatus {
  if (t.closed) return t.writtenOff > 0n ? 'closed_short' : 'received';
  return t.received > 0n ? 'partially_received' : 'in_transit';
}

// The cursor's closedAt as PostgreSQL prints it below (microseconds, no zone: the column has none).
const CLOSED_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/;

function after(cursor: string | null | undefined) {
  const keys = decodeCursor(cursor, 2);
  if (!keys) return empty;
  const [closedKey, id] = keys;
  if (typeof closedKey !== 'string' || (closedKey !== '' && !CLOSED_KEY.test(closedKey)) || !Number.isSafeInteger(id)) {
    throw invalid('cursor', 'This cursor is not valid; start from the first page.');
  }
  // Open documents ('' key) sort before every closed one.
  return closedKey === ''
    ? sql`AND ((t."closedAt" IS NULL AND t.id < ${id}) OR t."closedAt" IS NOT NULL)`
    : sql`AND t."closedAt" IS NOT NULL AND (t."closedAt", t.id) < (${closedKey}::timestamp, ${id}::int)`;
}

export async function listTransits(actor: Actor, input: unknown = {}, page: { limit?: number; cursor?: string | null } = {}): Promise<Page<TransitSummary>> {
  requirePermission(actor, 'inventory.view');
  const f = parseInput(listTransitsSchema, input);
  const limit = clampLimit(page.limit);
  const dept = siteDepartmentFilter(actor);
  const where = join(
    [
      sql`true`,
      f.state === 'open' ? sql`t."closedAt" IS NULL` : empty,
      f.state === 'closed' ? sql`t."closedAt" IS NOT NULL` : empty,
      dept !== null ? sql`(fs."departmentId" = ${dept} OR ts."departmentId" = ${dept})` : empty,
    ].filter((p) => p !== empty),
    ' AND ',
  );
  // The page of documents first, then the ledger totals of only those.
  const { rows } = await pool().query(
    render(sql`
      WITH page AS (
        SELECT t.id, t.number, t."itemId", t."fromLocationId", t."toLocationId", t."transitLocationId", t."shippedAt", t."closedAt",
               fs."departmentId" AS from_dept, ts."departmentId" AS to_dept
        FROM "StockTransit" t
        JOIN "Location" f ON f.id = t."fromLocationId" JOIN "Location" fs ON fs.id = coalesce(f."siteId", f.id)
        JOIN "Location" d ON d.id = t."toLocationId" JOIN "Location" ts ON ts.id = coalesce(d."siteId", d.id)
        WHERE ${where} ${after(page.cursor)}
        ORDER BY t."closedAt" DESC NULLS FIRST, t.id DESC
        LIMIT ${limit + 1}
      )
      SELECT p.id, p.number, i.sku::text AS sku, u.decimals, u.code AS unit,
             f.code::text AS from_code, d.code::text AS to_code, v.code::text AS via_code,
             p."shippedAt", p."closedAt", to_char(p."closedAt", 'YYYY-MM-DD"T"HH24:MI:SS.US') AS closed_key, p.from_dept, p.to_dept,
             tot.shipped, tot.received, tot.written_off, tot.remaining
      FROM page p
      JOIN "Item" i ON i.id = p."itemId" JOIN "UnitOfMeasure" u ON u.code = i."unitCode"
      JOIN "Location" f ON f.id = p."fromLocationId" JOIN "Location" d ON d.id = p."toLocationId" JOIN "Location" v ON v.id = p."transitLocationId"
      CROSS JOIN LATERAL (
        SELECT coalesce(sum(e.quantity) FILTER (WHERE e."entryType" = 'TRANSFER_IN'), 0)::text AS shipped,
               coalesce(-sum(e.quantity) FILTER (WHERE e."entryType" = 'TRANSFER_OUT'), 0)::text AS received,
               coalesce(-sum(e.quantity) FILTER (WHERE e."entryType" = 'ADJUST_DOWN'), 0)::text AS written_off,
               coalesce(sum(e.quantity), 0)::text AS remaining
        FROM "LedgerEntry" e
        WHERE e."refKind" = 'transit' AND e."refId" = p.id::text AND e."locationId" = p."transitLocationId"
      ) tot
      ORDER BY p."closedAt" DESC NULLS FIRST, p.id DESC`),
  );
  // Final guard: the same visibility rule as one document (the SQL filter above says it too).
  const visible = rows.filter((r) => canSeeSite(actor, r.to_dept) || canSeeSite(actor, r.from_dept));
  const data = visible.slice(0, limit).map((r): TransitSummary => {
    const q = (v: string) => formatQuantity(fromDb(v), r.decimals);
    return {
      number: r.number,
      sku: r.sku,
      unit: r.unit,
      from: r.from_code,
      to: r.to_code,
      via: r.via_code,
      shippedAt: r.shippedAt.toISOString(),
      closedAt: r.closedAt ? r.closedAt.toISOString() : null,
      status: transitStatus({ closed: r.closedAt !== null, received: fromDb(r.received), writtenOff: fromDb(r.written_off) }),
      shipped: q(r.shipped),
      received: q(r.received),
      writtenOff: q(r.written_off),
      remaining: q(r.remaining),
    };
  });
  const last = rows[limit - 1];
  return { data, nextCursor: rows.length > limit ? encodeCursor([last.closed_key ?? '', last.id]) : null };
}
