// The serial table (product detail, GET /api/v1/serials): filter by product,
// status, work order and serial text; newest change first; keyset pages.
import { z } from 'zod';
import { pool } from '../db/pool';
import { empty, render, sql } from '../db/sql';
import { invalid } from '../errors';
import { clampLimit, decodeCursor, encodeCursor, type Page } from '../pagination';
import { requirePermission, type Actor } from '../roles/actor';
import { serialScope } from '../scope/serial-scope';
import { parseInput } from '../validation';
import { SERIAL_STATUS_API, statusFromApi, type SerialStatus, type SerialStatusApi } from './serial-status';

const optional = (max: number) => z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().trim().max(max).optional());

export const listSerialsSchema = z.object({
  product: optional(64),
  status: optional(20),
  workOrder: optional(40),
  search: optional(100),
  limit: z.coerce.number().optional(),
  cursor: optional(500),
});

export interface SerialRow {
  serial: string;
  product: string;
  status: SerialStatusApi;
  stage: string | null;
  workOrder: string | null;
  iterationCount: number;
  updatedAt: string;
}

export async function listSerials(actor: Actor, input: unknown): Promise<Page<SerialRow>> {
  requirePermission(actor, 'serials.view');
  const f = parseInput(listSerialsSchema, input);
  const limit = clampLimit(f.limit);
  let status: SerialStatus | null = null;
  if (f.status) {
    status = statusFromApi(f.status);
    if (!status) throw invalid('status', 'status is one of in_production, in_stock, delivered, scrapped.');
  }
  const after = decodeCursor(f.cursor, 2);
  const like = f.search ? `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const { rows } = await pool().query(
    render(sql`SELECT s.id, s.serial, i.sku, s.status, st.name AS stage, w.number AS work_order, s.iteration, s."updatedAt",
        to_char(s."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.US') AS cursor_at
      FROM "SerialUnit" s JOIN "Item" i ON i.id = s."itemId"
      LEFT JOIN "ProductStage" st ON st.id = s."stageId" LEFT JOIN "WorkOrder" w ON w.id = s."workOrderId"
      WHERE ${serialScope(actor)}
        ${f.product ? sql`AND i.sku = ${f.product}::citext` : empty}
        ${status ? sql`AND s.status = ${status}::"SerialStatus"` : empty}
        ${f.workOrder ? sql`AND w.number = ${f.workOrder}::citext` : empty}
        ${like ? sql`AND s.serial ILIKE ${like}` : empty}
        ${after ? sql`AND (s."updatedAt", s.id) < (${String(after[0])}::timestamp, ${Number(after[1])})` : empty}
      ORDER BY s."updatedAt" DESC, s.id DESC
      LIMIT ${limit + 1}`),
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    data: page.map((r) => ({
      serial: r.serial,
      product: r.sku,
      status: SERIAL_STATUS_API[r.status as SerialStatus],
      stage: r.stage,
      workOrder: r.work_order,
      iterationCount: r.iteration,
      updatedAt: new Date(r.updatedAt).toISOString(),
    })),
    nextCursor: rows.length > limit ? encodeCursor([last.cursor_at, last.id]) : null,
  };
}
