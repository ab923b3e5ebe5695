// New serial-numbered units made straight into stock, inside the caller's
// transaction: serials from the product's pattern, one posting of one unit per
// serial, each on its own batch (the one write path), and each unit In Stock at
// the product's last stage with an event naming the posting. For production
// recorded as a whole run rather than stage by stage; the caller checks the
// actor's permission and scope and owns the transaction.
import type { SqlClient } from '../db/transaction';
import { DomainError } from '../errors';
import { postStockWithin } from '../inventory/posting/post-stock';
import type { EntryType, Leg, NewBatch, PostedEntry, PostingHeader } from '../inventory/posting/types';
import { SCALE } from '../inventory/quantity';
import type { Actor } from '../roles/actor';
import { allocateSerials } from './allocate-serials';

const ONE = 10n ** BigInt(SCALE);

export interface NewUnits {
  product: { id: number; sku: string; serialPattern: string | null };
  count: number;
  at: { locationId: number; code: string };
  /** The department whose serials they are (their scope). */
  departmentId: number;
  entryType: Extract<EntryType, 'PRODUCTION_OUTPUT' | 'ADJUST_UP'>;
  header: PostingHeader;
  /** Cost of each unit's batch. */
  unitCost: string;
  /** Written on each unit's batch (e.g. the run that made it). */
  supplierLot?: string | null;
  /** The lifecycle event each unit starts with. */
  event: { action: string; note: string | null; reference: string | null };
}

export async function receiveNewUnits(client: SqlClient, actor: Actor, units: NewUnits): Promise<{ groupId: string; entries: PostedEntry[]; serials: string[] }> {
  const { product, at } = units;
  const serials = await allocateSerials(client, product, units.count);
  const newBatches: NewBatch[] = serials.map((s) => ({ key: s, itemId: product.id, unitCost: units.unitCost, supplier: null, supplierLot: units.supplierLot ?? null }));
  const legs: Leg[] = serials.map((s) => ({ entryType: units.entryType, itemId: product.id, locationId: at.locationId, batch: { newBatch: s }, status: 'AVAILABLE', quantity: ONE }));
  const posted = await postStockWithin(client, actor, {
    header: units.header,
    positions: [{ itemId: product.id, locationId: at.locationId }],
    labels: { items: new Map([[product.id, { sku: product.sku, decimals: 0 }]]), locations: new Map([[at.locationId, at.code]]) },
    plan: () => ({ legs, newBatches }),
  });
  if (posted.replayed) throw new DomainError('CONFLICT', 'These units were just posted; reload to see them.');
  await client.query(
    `WITH batches AS (SELECT "batchId", row_number() OVER (ORDER BY id) AS n FROM "LedgerEntry" WHERE "groupId" = $1),
          units AS (SELECT serial, n FROM unnest($2::text[]) WITH ORDINALITY AS u(serial, n)),
          made AS (
            INSERT INTO "SerialUnit" (serial, "itemId", "departmentId", status, "stageId", "batchId")
            SELECT u.serial, $3, $4, 'IN_STOCK', (SELECT id FROM "ProductStage" WHERE "itemId" = $3 ORDER BY position DESC LIMIT 1), b."batchId"
            FROM units u JOIN batches b ON b.n = u.n ORDER BY u.n
            RETURNING id, "stageId")
     INSERT INTO "SerialEvent" ("serialId", "actorId", action, "toStatus", "toStage", iteration, note, "groupId", reference)
     SELECT m.id, $5, $6, 'IN_STOCK', (SELECT name FROM "ProductStage" WHERE id = m."stageId"), 0, $7, $1, $8 FROM made m`,
    [posted.groupId, serials, product.id, units.departmentId, actor.id, units.event.action, units.event.note, units.event.reference],
  );
  return { groupId: posted.groupId, entries: posted.entries, serials };
}
