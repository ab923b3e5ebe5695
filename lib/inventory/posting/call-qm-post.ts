// Calls qm_post (see the posting_function migration) with a prepared plan.
import { toDb } from '../quantity';
import type { Lot } from '../lots';
import type { PreparedLeg } from './prepare-legs';
import type { NewBatch, PostingHeader } from './types';

type Queryable = { query: (q: { name: string; text: string; values: unknown[] }) => Promise<{ rows: Record<string, unknown>[] }> };

export interface QmPostResult {
  groupId: string;
  replayed: boolean;
  batchNumbers: number[];
}

const PARAMS = Array.from({ length: 30 }, (_, i) => `$${i + 1}`).join(', ');

export async function callQmPost(
  client: Queryable,
  args: { groupId: string; actorId: number; header: PostingHeader; positions: { itemId: number; locationId: number }[]; snapshot: Lot[]; newBatches: NewBatch[]; legs: PreparedLeg[] },
): Promise<QmPostResult> {
  const { header: h, legs, newBatches: nb } = args;
  const { rows } = await client.query({
    name: 'qm-post',
    text: `SELECT * FROM qm_post(${PARAMS})`,
    values: [
      args.groupId, h.kind, args.actorId, h.reason ?? null, h.note ?? null,
      h.reference?.kind ?? null, h.reference?.id ?? null, h.reference?.number ?? null, h.idempotencyKey ?? null, h.requestHash ?? null, h.reversesGroupId ?? null,
      args.positions.map((p) => p.itemId), args.positions.map((p) => p.locationId),
      args.snapshot.map((l) => l.balanceId.toString()), args.snapshot.map((l) => toDb(l.quantity)),
      nb.map((b) => b.itemId), nb.map((b) => b.supplier ?? null), nb.map((b) => b.supplierLot ?? null), nb.map((b) => b.receivedAt ?? null),
      nb.map((b) => b.unitCost ?? null), nb.map((b) => b.expiresAt ?? null), nb.map((b) => b.ownerId ?? null),
      legs.map((l) => l.entryType), legs.map((l) => l.itemId), legs.map((l) => l.locationId), legs.map((l) => l.batchCode.toString()),
      legs.map((l) => l.status), legs.map((l) => toDb(l.quantity)), legs.map((l) => toDb(l.before)), legs.map((l) => toDb(l.after)),
    ],
  });
  const r = rows[0] as { group_id: string; replayed: boolean; batch_numbers: number[] | null };
  return { groupId: r.group_id, replayed: r.replayed, batchNumbers: r.batch_numbers ?? [] };
}
