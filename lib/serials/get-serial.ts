// One serial with where it is and its whole lifecycle, for the serial page and
// GET /api/v1/serials/{serial}. Out of scope answers "not found".
import { pool } from '../db/pool';
import { render, sql } from '../db/sql';
import { notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { serialScope } from '../scope/serial-scope';
import { SERIAL_STATUS_API, type SerialStatus, type SerialStatusApi } from './serial-status';

export interface SerialHistoryEntry {
  at: string;
  action: string;
  fromStatus: SerialStatusApi | null;
  toStatus: SerialStatusApi | null;
  fromStage: string | null;
  toStage: string | null;
  iteration: number;
  note: string | null;
  reference: string | null;
  user: string;
}

export interface SerialDetail {
  serial: string;
  product: string;
  productName: string;
  status: SerialStatusApi;
  stage: string | null;
  workOrder: string | null;
  iterationCount: number;
  /** Storage unit code while in stock (from the ledger: where its batch's balance is). */
  location: string | null;
  batch: string | null;
  updatedAt: string;
  history: SerialHistoryEntry[];
}

const api = (s: SerialStatus | null) => (s ? SERIAL_STATUS_API[s] : null);

export async function getSerial(actor: Actor, serial: string): Promise<SerialDetail> {
  requirePermission(actor, 'serials.view');
  const { rows } = await pool().query(
    render(sql`SELECT s.id, s.serial, i.sku, i.name, s.status, st.name AS stage, w.number AS work_order, s.iteration, s."updatedAt",
        bt.number AS batch_number,
        (SELECT l.code FROM "StockBalance" b JOIN "Location" l ON l.id = b."locationId"
          WHERE b."batchId" = s."batchId" AND b.quantity > 0 ORDER BY b.quantity DESC LIMIT 1) AS location
      FROM "SerialUnit" s JOIN "Item" i ON i.id = s."itemId"
      LEFT JOIN "ProductStage" st ON st.id = s."stageId" LEFT JOIN "WorkOrder" w ON w.id = s."workOrderId"
      LEFT JOIN "Batch" bt ON bt.id = s."batchId"
      WHERE s.serial = ${serial.trim().slice(0, 100)}::citext AND ${serialScope(actor)}`),
  );
  const r = rows[0];
  if (!r) throw notFound(`Serial number ${serial.trim().slice(0, 100)}`);
  const events = await pool().query(
    `SELECT e.at, e.action, e."fromStatus", e."toStatus", e."fromStage", e."toStage", e.iteration, e.note, e.reference, u.name AS user
     FROM "SerialEvent" e JOIN "User" u ON u.id = e."actorId" WHERE e."serialId" = $1 ORDER BY e.at, e.id`,
    [r.id],
  );
  return {
    serial: r.serial,
    product: r.sku,
    productName: r.name,
    status: SERIAL_STATUS_API[r.status as SerialStatus],
    stage: r.stage,
    workOrder: r.work_order,
    iterationCount: r.iteration,
    location: r.status === 'IN_STOCK' ? r.location : null,
    batch: r.batch_number === null ? null : `#${String(r.batch_number).padStart(4, '0')}`,
    updatedAt: new Date(r.updatedAt).toISOString(),
    history: events.rows.map((e) => ({
      at: new Date(e.at).toISOString(),
      action: e.action,
      fromStatus: api(e.fromStatus),
      toStatus: api(e.toStatus),
      fromStage: e.fromStage,
      toStage: e.toStage,
      iteration: e.iteration,
      note: e.note,
      reference: e.reference,
      user: e.user,
    })),
  };
}
