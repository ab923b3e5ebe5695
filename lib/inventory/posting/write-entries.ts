// Step three: one statement writes the group, the balance deltas and the
// ledger entries (with the balance before and after each entry).
import type { SqlClient } from '../../db/transaction';
import type { StockStatus } from '../lots';
import { toDb, type Qty } from '../quantity';
import type { EntryType, PostingHeader } from './types';

export interface ResolvedLeg {
  entryType: EntryType;
  itemId: number;
  locationId: number;
  batchId: bigint;
  status: StockStatus;
  quantity: Qty;
  before: Qty;
  after: Qty;
  unreceived: boolean;
}

export async function writeEntries(client: SqlClient, groupId: string, actorId: number, header: PostingHeader, legs: ResolvedLeg[]): Promise<void> {
  const ref = header.reference;
  await client.query(
    `WITH grp AS (
       INSERT INTO "PostingGroup" (id, kind, "actorId", reason, note, "refKind", "refId", "refNumber", "idempotencyKey", "requestHash", "reversesGroupId")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ), rev AS (
       UPDATE "PostingGroup" SET "reversedByGroupId" = $1 WHERE id = $11
     ), legs AS (
       SELECT * FROM unnest($12::"EntryType"[], $13::int[], $14::int[], $15::bigint[], $16::"StockStatus"[], $17::numeric[], $18::numeric[], $19::numeric[], $20::bool[])
         WITH ORDINALITY AS l(entry_type, item_id, location_id, batch_id, status, quantity, before, after, unreceived, ord)
     ), agg AS (
       SELECT item_id, location_id, batch_id, status, sum(quantity) AS q, bool_or(unreceived) AS u FROM legs GROUP BY 1, 2, 3, 4
     ), upd AS (
       -- Existing lots first: ON CONFLICT would check the bare delta against the CHECK constraint.
       UPDATE "StockBalance" b SET quantity = b.quantity + agg.q, "updatedAt" = now()
       FROM agg WHERE b."itemId" = agg.item_id AND b."locationId" = agg.location_id AND b."batchId" = agg.batch_id AND b.status = agg.status
       RETURNING b."itemId", b."locationId", b."batchId", b.status
     ), ins AS (
       -- New lots; no race: every writer holds the position lock (qm_lock_lots).
       INSERT INTO "StockBalance" ("itemId", "locationId", "batchId", status, quantity, unreceived)
       SELECT item_id, location_id, batch_id, status, q, u FROM agg
       WHERE NOT EXISTS (SELECT 1 FROM upd WHERE upd."itemId" = agg.item_id AND upd."locationId" = agg.location_id AND upd."batchId" = agg.batch_id AND upd.status = agg.status)
     )
     INSERT INTO "LedgerEntry" ("groupId", "entryType", "itemId", "locationId", "batchId", status, quantity, "balanceBefore", "balanceAfter", "actorId", note, "refKind", "refId", "refNumber")
     SELECT $1, entry_type, item_id, location_id, batch_id, status, quantity, before, after, $3, $5, $6, $7, $8 FROM legs ORDER BY ord`,
    [
      groupId,
      header.kind,
      actorId,
      header.reason ?? null,
      header.note ?? null,
      ref?.kind ?? null,
      ref?.id ?? null,
      ref?.number ?? null,
      header.idempotencyKey ?? null,
      header.requestHash ?? null,
      header.reversesGroupId ?? null,
      legs.map((l) => l.entryType),
      legs.map((l) => l.itemId),
      legs.map((l) => l.locationId),
      legs.map((l) => l.batchId.toString()),
      legs.map((l) => l.status),
      legs.map((l) => toDb(l.quantity)),
      legs.map((l) => toDb(l.before)),
      legs.map((l) => toDb(l.after)),
      legs.map((l) => l.unreceived),
    ],
  );
}
