// The one write path for stock. In one transaction: answer a repeated
// idempotency key with the first result; lock the positions and read their
// lots; let the movement's pure plan decide; create batches; write the group,
// balances and ledger entries. Deadlocks and serialization failures are retried.
import { randomUUID } from 'node:crypto';
import { inTransaction, pgCode, type SqlClient } from '../../db/transaction';
import { DomainError } from '../../errors';
import type { Actor } from '../../roles/actor';
import { batchLabel, type Lot } from '../lots';
import { formatQuantity, type Qty } from '../quantity';
import { createBatch, unreceivedBatchOf } from './create-batches';
import { lockLots } from './lock-lots';
import { readPosting, statusName } from './read-posting';
import type { PostingResult, PostingSpec } from './types';
import { writeEntries, type ResolvedLeg } from './write-entries';

async function replayIfKnown(client: Pick<SqlClient, 'query'>, actor: Actor, spec: PostingSpec): Promise<PostingResult | null> {
  const key = spec.header.idempotencyKey;
  if (!key) return null;
  const { rows } = await client.query('SELECT id, "requestHash" FROM "PostingGroup" WHERE "actorId" = $1 AND "idempotencyKey" = $2', [actor.id, key]);
  if (!rows.length) return null;
  if ((rows[0].requestHash ?? null) !== (spec.header.requestHash ?? null)) {
    throw new DomainError('CONFLICT', 'This idempotency key was already used for a different request.');
  }
  return readPosting(client, rows[0].id, true);
}

async function apply(client: SqlClient, actor: Actor, spec: PostingSpec): Promise<PostingResult> {
  const replay = await replayIfKnown(client, actor, spec);
  if (replay) return replay;

  const lots = await lockLots(client, spec.positions);
  const plan = spec.plan(lots);
  if (!plan.legs.length) throw new DomainError('INVALID_INPUT', 'Nothing to post.');

  const created = new Map<string, { id: bigint; number: number }>();
  for (const b of plan.newBatches ?? []) created.set(b.key, await createBatch(client, b));
  const placeholders = new Map<number, bigint>();

  const running = new Map<string, Qty>(lots.map((l) => [`${l.itemId}:${l.locationId}:${l.batchId}:${l.status}`, l.quantity]));
  const numbers = new Map<bigint, number>(lots.map((l: Lot) => [l.batchId, l.batchNumber]));
  const resolved: ResolvedLeg[] = [];
  for (const leg of plan.legs) {
    let batchId: bigint;
    if ('id' in leg.batch) batchId = leg.batch.id;
    else if ('newBatch' in leg.batch) batchId = created.get(leg.batch.newBatch)!.id;
    else {
      const itemId = leg.batch.unreceivedOf;
      if (!placeholders.has(itemId)) placeholders.set(itemId, await unreceivedBatchOf(client, itemId));
      batchId = placeholders.get(itemId)!;
    }
    numbers.set(batchId, 'id' in leg.batch ? leg.batch.number : 'newBatch' in leg.batch ? created.get(leg.batch.newBatch)!.number : 0);
    const key = `${leg.itemId}:${leg.locationId}:${batchId}:${leg.status}`;
    const before = running.get(key) ?? 0n;
    const after = before + leg.quantity;
    running.set(key, after);
    resolved.push({ ...leg, batchId, before, after, unreceived: 'unreceivedOf' in leg.batch });
  }

  const groupId = randomUUID();
  await writeEntries(client, groupId, actor.id, spec.header, resolved);
  return {
    groupId,
    kind: spec.header.kind,
    replayed: false,
    entries: resolved.map((l) => {
      const item = spec.labels.items.get(l.itemId)!;
      const fmt = (q: Qty) => formatQuantity(q, item.decimals);
      return {
        entryType: l.entryType,
        sku: item.sku,
        location: spec.labels.locations.get(l.locationId)!,
        batch: batchLabel(numbers.get(l.batchId)!),
        status: statusName(l.status),
        quantity: fmt(l.quantity),
        balanceBefore: fmt(l.before),
        balanceAfter: fmt(l.after),
      };
    }),
  };
}

export async function postStock(actor: Actor, spec: PostingSpec): Promise<PostingResult> {
  try {
    return await inTransaction((client) => apply(client, actor, spec));
  } catch (e) {
    const code = pgCode(e);
    const constraint = (e as { constraint?: string }).constraint ?? '';
    if (code === '23505' && constraint.includes('idempotencyKey')) {
      // The same key was posted concurrently and committed first: answer with that result.
      return inTransaction(async (client) => (await replayIfKnown(client, actor, spec))!);
    }
    if (code === '23505' && constraint.includes('reversesGroupId')) throw new DomainError('CONFLICT', 'This movement has already been reversed.');
    if (code === '23514') throw new DomainError('INSUFFICIENT_STOCK', 'Not enough stock: the balance would go below zero.');
    throw e;
  }
}
