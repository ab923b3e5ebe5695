// The frame every serial transition runs in: a repeated Idempotency-Key
// answers the first result; otherwise, in one transaction, the serial is locked
// (so of two concurrent approvals exactly one wins), the transition decides and
// may post to the ledger on the same connection, and the serial row and one
// lifecycle event are written.
import { pool } from '../db/pool';
import { inTransaction, pgCode, type SqlClient } from '../db/transaction';
import { DomainError } from '../errors';
import type { Actor } from '../roles/actor';
import { getSerial, type SerialDetail } from './get-serial';
import { lockSerial, type LockedSerial, type Stage } from './lock-serial';
import type { SerialStatus } from './serial-status';

export interface TransitionRequest {
  action: string;
  idempotencyKey?: string | null;
  requestHash: string;
}

export interface TransitionChange {
  toStatus: SerialStatus;
  /** The stage afterwards (null: no stage, e.g. delivered). */
  toStage: Stage | null;
  iteration?: number;
  batchId?: bigint | null;
  note?: string | null;
  reference?: string | null;
  groupId?: string | null;
}

export type TransitionResult = SerialDetail & { replayed: boolean };

async function findKeyed(client: Pick<SqlClient, 'query'>, actor: Actor, request: TransitionRequest): Promise<string | null> {
  if (!request.idempotencyKey) return null;
  const { rows } = await client.query(
    'SELECT s.serial, e."requestHash" FROM "SerialEvent" e JOIN "SerialUnit" s ON s.id = e."serialId" WHERE e."actorId" = $1 AND e."idempotencyKey" = $2',
    [actor.id, request.idempotencyKey],
  );
  if (!rows.length) return null;
  if (rows[0].requestHash !== request.requestHash) throw new DomainError('CONFLICT', 'This idempotency key was already used for a different request.');
  return rows[0].serial;
}

export async function transitionSerial(
  actor: Actor,
  serial: string,
  request: TransitionRequest,
  decide: (client: SqlClient, locked: LockedSerial) => Promise<TransitionChange>,
): Promise<TransitionResult> {
  const replay = async (s: string) => ({ ...(await getSerial(actor, s)), replayed: true });
  const known = await findKeyed(pool(), actor, request);
  if (known) return replay(known);
  try {
    const done = await inTransaction(async (client): Promise<{ serial: string; replayed: boolean }> => {
      const locked = await lockSerial(client, actor, serial);
      const again = await findKeyed(client, actor, request);
      if (again) return { serial: again, replayed: true };
      const change = await decide(client, locked);
      await client.query(
        `UPDATE "SerialUnit" SET status = $2, "stageId" = $3, iteration = $4, "batchId" = $5, "updatedAt" = now() WHERE id = $1`,
        [locked.id, change.toStatus, change.toStage?.id ?? null, change.iteration ?? locked.iteration, (change.batchId === undefined ? locked.batchId : change.batchId)?.toString() ?? null],
      );
      await client.query(
        `INSERT INTO "SerialEvent" ("serialId", "actorId", action, "fromStatus", "toStatus", "fromStage", "toStage", iteration, note, "groupId", reference, "idempotencyKey", "requestHash")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [locked.id, actor.id, request.action, locked.status, change.toStatus, locked.stage?.name ?? null, change.toStage?.name ?? null,
          change.iteration ?? locked.iteration, change.note ?? null, change.groupId ?? null, change.reference ?? null, request.idempotencyKey ?? null, request.requestHash],
      );
      return { serial: locked.serial, replayed: false };
    });
    if (done.replayed) return replay(done.serial);
    return { ...(await getSerial(actor, done.serial)), replayed: false };
  } catch (e) {
    if (pgCode(e) === '23505' && String((e as { constraint?: string }).constraint).includes('idempotencyKey')) {
      const first = await findKeyed(pool(), actor, request);
      if (first) return replay(first);
    }
    throw e;
  }
}
