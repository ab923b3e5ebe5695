// A serial-numbered unit entering or leaving stock: one ledger entry of one
// unit on its own batch, posted on the transition's connection (all or nothing
// with the serial's change), through the one posting path.
import type { SqlClient } from '../db/transaction';
import { DomainError } from '../errors';
import { postStockWithin } from '../inventory/posting/post-stock';
import type { EntryType, PostingHeader } from '../inventory/posting/types';
import { SCALE } from '../inventory/quantity';
import type { Actor } from '../roles/actor';
import type { LockedSerial } from './lock-serial';

const ONE = 10n ** BigInt(SCALE);

/** Receives the unit at a storage unit as a new batch of one; answers the posting and the batch. */
export async function receiveUnit(
  client: SqlClient,
  actor: Actor,
  unit: LockedSerial,
  at: { locationId: number; code: string },
  entryType: Extract<EntryType, 'PRODUCTION_OUTPUT' | 'ADJUST_UP'>,
  header: PostingHeader,
): Promise<{ groupId: string; batchId: bigint }> {
  const cost = await client.query('SELECT "standardCost"::text AS cost FROM "Item" WHERE id = $1', [unit.itemId]);
  const posted = await postStockWithin(client, actor, {
    header,
    positions: [{ itemId: unit.itemId, locationId: at.locationId }],
    labels: { items: new Map([[unit.itemId, { sku: unit.sku, decimals: 0 }]]), locations: new Map([[at.locationId, at.code]]) },
    plan: () => ({
      legs: [{ entryType, itemId: unit.itemId, locationId: at.locationId, batch: { newBatch: 'unit' }, status: 'AVAILABLE', quantity: ONE }],
      newBatches: [{ key: 'unit', itemId: unit.itemId, unitCost: cost.rows[0].cost, supplier: null }],
    }),
  });
  const { rows } = await client.query('SELECT "batchId"::text AS batch_id FROM "LedgerEntry" WHERE "groupId" = $1 LIMIT 1', [posted.groupId]);
  return { groupId: posted.groupId, batchId: BigInt(rows[0].batch_id) };
}

/** Takes the unit out of the storage unit where its batch is. */
export async function takeUnitOut(
  client: SqlClient,
  actor: Actor,
  unit: LockedSerial,
  entryType: Extract<EntryType, 'SHIPMENT' | 'ADJUST_DOWN'>,
  header: PostingHeader,
): Promise<{ groupId: string; location: string }> {
  const { rows } = await client.query(
    `SELECT b."locationId", l.code FROM "StockBalance" b JOIN "Location" l ON l.id = b."locationId"
     WHERE b."batchId" = $1 AND b.quantity > 0 ORDER BY b.quantity DESC LIMIT 1`,
    [unit.batchId?.toString() ?? null],
  );
  if (!rows.length) throw new DomainError('CONFLICT', `${unit.serial} is not in stock anywhere: its stock record is missing.`);
  const { locationId, code } = rows[0];
  const posted = await postStockWithin(client, actor, {
    header,
    positions: [{ itemId: unit.itemId, locationId }],
    labels: { items: new Map([[unit.itemId, { sku: unit.sku, decimals: 0 }]]), locations: new Map([[locationId, code]]) },
    plan: (lots) => {
      const lot = lots.find((l) => l.batchId === unit.batchId && l.quantity >= ONE);
      if (!lot) throw new DomainError('CONFLICT', `${unit.serial} is no longer at ${code}.`);
      return { legs: [{ entryType, itemId: unit.itemId, locationId, batch: { id: lot.batchId, number: lot.batchNumber }, status: lot.status, quantity: -ONE }] };
    },
  });
  return { groupId: posted.groupId, location: code };
}
