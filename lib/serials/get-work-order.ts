// One work order the actor may see (else "not found"): its summary, who it is
// assigned to, progress per stage (serials in production at each stage of the
// product), and its serials, keyset-paged in the order they were made.
import { pool } from '../db/pool';
import { empty, render, sql } from '../db/sql';
import { invalid, notFound } from '../errors';
import { clampLimit, decodeCursor, encodeCursor, type Page } from '../pagination';
import { requirePermission, type Actor } from '../roles/actor';
import { serialScope, workOrderScope } from '../scope/serial-scope';
import { SERIAL_STATUS_API, type SerialStatus, type SerialStatusApi } from './serial-status';
import { summaryColumns, summaryJoins, summaryOf, utc, type WorkOrderSummary } from './work-order-view';
import { materialsOf, type MaterialUse } from './work-order-materials';

export interface StageProgress {
  name: string;
  optional: boolean;
  /** Serials in production at this stage now. */
  inProduction: number;
}

export interface WorkOrderSerial {
  serial: string;
  status: SerialStatusApi;
  stage: string | null;
  iterationCount: number;
  updatedAt: string;
}

export interface WorkOrderDetail extends WorkOrderSummary {
  note: string | null;
  createdBy: string;
  assignees: { id: number; name: string }[];
  stages: StageProgress[];
  /** Serials in production whose stage is not one of the product's (none, normally). */
  inProductionWithoutStage: number;
  serials: Page<WorkOrderSerial>;
  /** Materials consumed against the order (scanned or posted), valued at FIFO batch cost. */
  materials: MaterialUse[];
  materialCost: string;
}

export const SERIAL_PAGE_DEFAULT = 200;

function serialsAfter(cursor: string | null | undefined) {
  const keys = decodeCursor(cursor, 1);
  if (!keys) return empty;
  if (!Number.isSafeInteger(keys[0])) throw invalid('cursor', 'This cursor is not valid; start from the first page.');
  return sql`AND s.id > ${keys[0]}`;
}

export async function getWorkOrder(actor: Actor, number: string, page: { limit?: number; cursor?: string | null } = {}): Promise<WorkOrderDetail> {
  requirePermission(actor, 'serials.view');
  const wanted = String(number ?? '').trim().slice(0, 40);
  const limit = clampLimit(page.limit ?? SERIAL_PAGE_DEFAULT);
  const cursor = serialsAfter(page.cursor);
  const { rows } = await pool().query(
    render(sql`SELECT ${summaryColumns(actor)}, w.note, u.name AS created_by
      FROM "WorkOrder" w ${summaryJoins} JOIN "User" u ON u.id = w."createdById"
      WHERE w.number = ${wanted}::citext AND ${workOrderScope(actor, 'w')}`),
  );
  const w = rows[0];
  if (!w) throw notFound(`Work order ${wanted}`);
  const [assignees, stages, serials, used] = await Promise.all([
    pool().query(`SELECT u.id, u.name FROM "WorkOrderAssignee" a JOIN "User" u ON u.id = a."userId" WHERE a."workOrderId" = $1 ORDER BY u.name, u.id`, [w.id]),
    pool().query(
      render(sql`SELECT st.name, st.optional, count(s.id)::int AS in_production
        FROM "WorkOrder" w JOIN "ProductStage" st ON st."itemId" = w."itemId"
        LEFT JOIN "SerialUnit" s ON s."stageId" = st.id AND s."workOrderId" = w.id AND s.status = 'IN_PRODUCTION' AND ${serialScope(actor, 's')}
        WHERE w.id = ${w.id} GROUP BY st.id ORDER BY st.position`),
    ),
    pool().query(
      render(sql`SELECT s.id, s.serial::text AS serial, s.status, st.name AS stage, s.iteration, ${utc(sql`s."updatedAt"`)} AS updated_at
        FROM "SerialUnit" s LEFT JOIN "ProductStage" st ON st.id = s."stageId"
        WHERE s."workOrderId" = ${w.id} AND ${serialScope(actor, 's')} ${cursor}
        ORDER BY s.id LIMIT ${limit + 1}`),
    ),
    materialsOf(pool(), w.number),
  ]);
  const summary = summaryOf(w);
  const staged = stages.rows.reduce((n, r) => n + r.in_production, 0);
  return {
    ...summary,
    note: w.note,
    createdBy: w.created_by,
    assignees: assignees.rows,
    stages: stages.rows.map((r) => ({ name: r.name, optional: r.optional, inProduction: r.in_production })),
    inProductionWithoutStage: summary.counts.inProduction - staged,
    materials: used.materials,
    materialCost: used.materialCost,
    serials: {
      data: serials.rows.slice(0, limit).map((r) => ({
        serial: r.serial,
        status: SERIAL_STATUS_API[r.status as SerialStatus],
        stage: r.stage,
        iterationCount: r.iteration,
        updatedAt: new Date(r.updated_at).toISOString(),
      })),
      nextCursor: serials.rows.length > limit ? encodeCursor([serials.rows[limit - 1].id]) : null,
    },
  };
}
