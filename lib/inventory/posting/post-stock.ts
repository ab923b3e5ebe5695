// The one write path for stock. A repeated idempotency key gets the first
// result. Otherwise: read the positions' lots, let the movement's pure plan
// decide, and hand the legs to qm_post, which locks the positions in a fixed
// order, checks the lots are unchanged and writes everything in one round trip.
// If the lots changed meanwhile it decides again; after a few tries it decides
// under the locks instead, so a hot item cannot starve.
import { randomUUID } from 'node:crypto';
import { pool } from '../../db/pool';
import { inTransaction, pgCode, type SqlClient } from '../../db/transaction';
import { DomainError } from '../../errors';
import type { Actor } from '../../roles/actor';
import { batchLabel, type Lot } from '../lots';
import { formatQuantity, type Qty } from '../quantity';
import { callQmPost } from './call-qm-post';
import { lockLots, readLots } from './lock-lots';
import { prepareLegs } from './prepare-legs';
import { readPosting, statusName } from './read-posting';
import type { PostingResult, PostingSpec } from './types';

const OPTIMISTIC_TRIES = 4;
const RETRYABLE = new Set(['QM001', '40001', '40P01']);
type Queryable = Parameters<typeof readLots>[0] & Parameters<typeof readPosting>[0];

/** The first result of a request with this idempotency key, if it was posted already. */
export async function replayIfKnown(actor: Actor, spec: Pick<PostingSpec, 'header'>): Promise<PostingResult | null> {
  const key = spec.header.idempotencyKey;
  if (!key) return null;
  const { rows } = await pool().query({ name: 'qm-find-key', text: 'SELECT id, "requestHash" FROM "PostingGroup" WHERE "actorId" = $1 AND "idempotencyKey" = $2', values: [actor.id, key] });
  if (!rows.length) return null;
  if ((rows[0].requestHash ?? null) !== (spec.header.requestHash ?? null)) throw new DomainError('CONFLICT', 'This idempotency key was already used for a different request.');
  return readPosting(pool(), rows[0].id, true);
}

async function decideAndPost(client: Queryable, actor: Actor, spec: PostingSpec, lots: Lot[]): Promise<PostingResult> {
  const plan = spec.plan(lots);
  if (!plan.legs.length) throw new DomainError('INVALID_INPUT', 'Nothing to post.');
  const { legs, newBatches } = prepareLegs(plan, lots);
  const posted = await callQmPost(client as never, { groupId: randomUUID(), actorId: actor.id, header: spec.header, positions: spec.positions, snapshot: lots, newBatches, legs });
  if (posted.replayed) return readPosting(client, posted.groupId, true);
  const numberOf = (code: bigint, leg: (typeof legs)[number]) =>
    code < 0n ? posted.batchNumbers[Number(-code) - 1] : code === 0n ? 0 : 'id' in leg.batch ? leg.batch.number : 0;
  return {
    groupId: posted.groupId,
    kind: spec.header.kind,
    replayed: false,
    entries: legs.map((l) => {
      const item = spec.labels.items.get(l.itemId)!;
      const fmt = (q: Qty) => formatQuantity(q, item.decimals);
      return {
        entryType: l.entryType,
        sku: item.sku,
        location: spec.labels.locations.get(l.locationId)!,
        batch: batchLabel(numberOf(l.batchCode, l)),
        status: statusName(l.status),
        quantity: fmt(l.quantity),
        balanceBefore: fmt(l.before),
        balanceAfter: fmt(l.after),
      };
    }),
  };
}

async function post(actor: Actor, spec: PostingSpec): Promise<PostingResult> {
  const replay = await replayIfKnown(actor, spec);
  if (replay) return replay;
  for (let attempt = 1; attempt <= OPTIMISTIC_TRIES; attempt++) {
    try {
      const lots = attempt === 1 && spec.snapshot ? spec.snapshot : await readLots(pool(), spec.positions);
      return await decideAndPost(pool(), actor, spec, lots);
    } catch (e) {
      if (!RETRYABLE.has(pgCode(e) ?? '')) throw e;
    }
  }
  return inTransaction(async (client) => decideAndPost(client, actor, spec, await lockLots(client, spec.positions)));
}

function translate(e: unknown): never {
  const code = pgCode(e);
  const constraint = (e as { constraint?: string }).constraint ?? '';
  if (code === 'QM409') throw new DomainError('CONFLICT', 'This idempotency key was already used for a different request.');
  if (code === '23505' && constraint.includes('reversesGroupId')) throw new DomainError('CONFLICT', 'This movement has already been reversed.');
  if (code === '23514') throw new DomainError('INSUFFICIENT_STOCK', 'Not enough stock: the balance would go below zero.');
  throw e;
}

export async function postStock(actor: Actor, spec: PostingSpec): Promise<PostingResult> {
  try {
    return await post(actor, spec);
  } catch (e) {
    const code = pgCode(e);
    const constraint = (e as { constraint?: string }).constraint ?? '';
    if (code === '23505' && constraint.includes('idempotencyKey')) {
      // The same key was posted concurrently and committed first: answer with that result.
      return (await replayIfKnown(actor, spec))!;
    }
    return translate(e);
  }
}

/**
 * The same posting inside a transaction the caller holds, for operations that
 * write their own records with it (a transit document, a count) all or nothing.
 * Decides under the position locks (no optimistic retry inside a transaction).
 */
export async function postStockWithin(client: SqlClient, actor: Actor, spec: PostingSpec): Promise<PostingResult> {
  try {
    return await decideAndPost(client, actor, spec, await lockLots(client, spec.positions));
  } catch (e) {
    return translate(e);
  }
}
