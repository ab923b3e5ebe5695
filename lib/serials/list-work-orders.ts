// Work orders the actor may see (lib/scope/serial-scope.ts), newest first,
// keyset-paged on id, with how many of each order's serials are in each status.
// The page of orders is chosen first; the counts are made for only those.
import { pool } from '../db/pool';
import { empty, join, render, sql, type Sql } from '../db/sql';
import { invalid } from '../errors';
import { clampLimit, decodeCursor, encodeCursor, type Page } from '../pagination';
import { requirePermission, type Actor } from '../roles/actor';
import { workOrderScope } from '../scope/serial-scope';
import { parseInput } from '../validation';
import { listWorkOrdersSchema } from './work-order-schemas';
import { workOrderStatusFromApi } from './work-order-status';
import { summaryColumns, summaryJoins, summaryOf, type WorkOrderSummary } from './work-order-view';

function statusFilter(status: string | undefined): Sql {
  if (!status) return empty;
  if (status === 'active') return sql`w.status IN ('OPEN', 'IN_PROGRESS')`;
  return sql`w.status = ${workOrderStatusFromApi(status)}::"WorkOrderStatus"`;
}

function after(cursor: string | null | undefined): Sql {
  const keys = decodeCursor(cursor, 1);
  if (!keys) return empty;
  if (!Number.isSafeInteger(keys[0])) throw invalid('cursor', 'This cursor is not valid; start from the first page.');
  return sql`w.id < ${keys[0]}`;
}

export async function listWorkOrders(actor: Actor, input: unknown = {}, page: { limit?: number; cursor?: string | null } = {}): Promise<Page<WorkOrderSummary>> {
  requirePermission(actor, 'serials.view');
  const f = parseInput(listWorkOrdersSchema, input);
  const limit = clampLimit(page.limit);
  const product = f.product ? sql`w."itemId" = (SELECT id FROM "Item" WHERE sku = ${f.product}::citext)` : empty;
  const where = join([workOrderScope(actor, 'w'), statusFilter(f.status), product, after(page.cursor)].filter((p) => p !== empty), ' AND ');
  const { rows } = await pool().query(
    render(sql`
      WITH page AS (SELECT w.* FROM "WorkOrder" w WHERE ${where} ORDER BY w.id DESC LIMIT ${limit + 1})
      SELECT ${summaryColumns(actor)} FROM page w ${summaryJoins}
      ORDER BY w.id DESC`),
  );
  return { data: rows.slice(0, limit).map(summaryOf), nextCursor: rows.length > limit ? encodeCursor([rows[limit - 1].id]) : null };
}
