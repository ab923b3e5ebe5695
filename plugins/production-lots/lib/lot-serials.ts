// A lot's serial numbers: the units its output posting made (each unit's batch
// was received by a production-output entry naming the lot), and the serials
// of its linked work order. Read back, not stored twice.
import type { Pool } from 'pg';
import { SERIAL_STATUS_API, type SerialStatus, type SerialStatusApi } from '../../../lib/serials/serial-status';
import { LOT_REFERENCE, OUTPUT_KIND } from './lot-ledger';

/** At most this many are listed; `count` says how many there are. */
export const LOT_SERIALS_SHOWN = 500;

export interface LotSerials {
  count: number;
  serials: { serial: string; status: SerialStatusApi }[];
}

export async function lotSerials(db: Pick<Pool, 'query'>, lot: { number: string; workOrderId: number | null }): Promise<LotSerials> {
  const { rows } = await db.query(
    `WITH units AS (
       SELECT s.id, s.serial::text AS serial, s.status FROM "PostingGroup" g
       JOIN "LedgerEntry" e ON e."groupId" = g.id AND e."entryType" = 'PRODUCTION_OUTPUT'
       JOIN "SerialUnit" s ON s."batchId" = e."batchId"
       WHERE g."refKind" = $2 AND g."refNumber" = $1 AND g.kind = $3
       UNION
       SELECT s.id, s.serial::text, s.status FROM "SerialUnit" s WHERE $4::int IS NOT NULL AND s."workOrderId" = $4::int)
     SELECT serial, status, count(*) OVER ()::int AS total FROM units ORDER BY id LIMIT $5`,
    [lot.number, LOT_REFERENCE, OUTPUT_KIND, lot.workOrderId, LOT_SERIALS_SHOWN],
  );
  return { count: rows[0]?.total ?? 0, serials: rows.map((r) => ({ serial: r.serial, status: SERIAL_STATUS_API[r.status as SerialStatus] })) };
}
