// Reads one serial for a transition, locked (FOR UPDATE) so concurrent
// transitions of the same unit run one after the other; out of scope or
// unknown answers "not found". Also the product's ordered stages.
import { render, sql } from '../db/sql';
import type { SqlClient } from '../db/transaction';
import { notFound } from '../errors';
import type { Actor } from '../roles/actor';
import { serialScope } from '../scope/serial-scope';
import type { SerialStatus } from './serial-status';

export interface Stage {
  id: number;
  position: number;
  name: string;
  optional: boolean;
}

export interface LockedSerial {
  id: number;
  serial: string;
  itemId: number;
  sku: string;
  status: SerialStatus;
  stage: Stage | null;
  iteration: number;
  batchId: bigint | null;
  departmentId: number;
  teamId: number | null;
  workOrderId: number | null;
}

export async function lockSerial(client: SqlClient, actor: Actor, serial: string): Promise<LockedSerial> {
  const { rows } = await client.query(
    render(sql`SELECT s.id, s.serial, s."itemId", i.sku, s.status, s.iteration, s."batchId"::text AS batch_id, s."departmentId", s."teamId", s."workOrderId",
        st.id AS stage_id, st.position, st.name AS stage_name, st.optional
      FROM "SerialUnit" s JOIN "Item" i ON i.id = s."itemId" LEFT JOIN "ProductStage" st ON st.id = s."stageId"
      WHERE s.serial = ${serial.trim()}::citext AND ${serialScope(actor)}
      FOR UPDATE OF s`),
  );
  const r = rows[0];
  if (!r) throw notFound(`Serial number ${serial.trim()}`);
  return {
    id: r.id,
    serial: r.serial,
    itemId: r.itemId,
    sku: r.sku,
    status: r.status,
    stage: r.stage_id === null ? null : { id: r.stage_id, position: r.position, name: r.stage_name, optional: r.optional },
    iteration: r.iteration,
    batchId: r.batch_id === null ? null : BigInt(r.batch_id),
    departmentId: r.departmentId,
    teamId: r.teamId,
    workOrderId: r.workOrderId,
  };
}

export async function stagesOf(client: SqlClient, itemId: number): Promise<Stage[]> {
  const { rows } = await client.query('SELECT id, position, name, optional FROM "ProductStage" WHERE "itemId" = $1 ORDER BY position', [itemId]);
  return rows;
}
