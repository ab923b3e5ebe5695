// Sales orders the actor may see (lib/scope/sales-scope.ts), newest first,
// keyset-paged on id; by status, customer, or a piece of the number or the
// customer's code or name.
import { pool } from '../db/pool';
import { empty, join, render, sql, type Sql } from '../db/sql';
import { invalid } from '../errors';
import { escapeLike } from '../form-fields';
import { clampLimit, decodeCursor, encodeCursor, type Page } from '../pagination';
import { requirePermission, type Actor } from '../roles/actor';
import { salesOrderScope } from '../scope/sales-scope';
import { parseInput } from '../validation';
import { listSalesOrdersSchema } from './sales-order-schemas';
import { salesOrderStatusFromApi } from './sales-order-status';
import { summaryColumns, summaryJoins, summaryOf, type SalesOrderSummary } from './sales-order-view';

function after(cursor: string | null | undefined): Sql {
  const keys = decodeCursor(cursor, 1);
  if (!keys) return empty;
  if (!Number.isSafeInteger(keys[0])) throw invalid('cursor', 'This cursor is not valid; start from the first page.');
  return sql`o.id < ${keys[0]}`;
}

export async function listSalesOrders(actor: Actor, input: unknown = {}, page: { limit?: number; cursor?: string | null } = {}): Promise<Page<SalesOrderSummary>> {
  requirePermission(actor, 'sales.view');
  const f = parseInput(listSalesOrdersSchema, input);
  const limit = clampLimit(page.limit);
  const like = f.search ? `%${escapeLike(f.search)}%` : null;
  const where = join(
    [
      salesOrderScope(actor, 'o'),
      f.status ? sql`o.status = ${salesOrderStatusFromApi(f.status)}::"SalesOrderStatus"` : empty,
      f.partner ? sql`o."partnerId" = (SELECT id FROM "Partner" WHERE code = ${f.partner}::citext)` : empty,
      like ? sql`(o.number ILIKE ${like} OR o."partnerId" IN (SELECT id FROM "Partner" WHERE code ILIKE ${like} OR name ILIKE ${like}))` : empty,
      after(page.cursor),
    ].filter((p) => p !== empty),
    ' AND ',
  );
  const { rows } = await pool().query(
    render(sql`
      WITH page AS (SELECT o.* FROM "SalesOrder" o WHERE ${where} ORDER BY o.id DESC LIMIT ${limit + 1})
      SELECT ${summaryColumns} FROM page o ${summaryJoins}
      ORDER BY o.id DESC`),
  );
  return { data: rows.slice(0, limit).map(summaryOf), nextCursor: rows.length > limit ? encodeCursor([rows[limit - 1].id]) : null };
}
