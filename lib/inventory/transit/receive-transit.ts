// Receive what arrived of a transit document, partially if need be, into the
// destination (or another storage unit of the destination site). The document
// closes itself once nothing is left on the way.
import { z } from 'zod';
import { pool } from '../../db/pool';
import { inReplaySafeTransaction, refuseReplay } from './replay-safe';
import { DomainError, invalid } from '../../errors';
import { requirePermission, type Actor } from '../../roles/actor';
import { canSeeSite } from '../../scope/site-scope';
import { parseInput } from '../../validation';
import { orderForPicking } from '../fifo';
import { positiveQuantity } from '../movement-input';
import { formatQuantity, minQty } from '../quantity';
import { postStockWithin } from '../posting/post-stock';
import type { Leg } from '../posting/types';
import { resolveTargets } from '../resolve';
import { loadTransit } from './load-transit';
import { transitTotals } from './transit-balance';

export const receiveTransitSchema = z.object({
  number: z.string().trim().min(1, 'Enter a transit number.').max(40),
  quantity: z.union([z.string(), z.number()], { message: 'Enter a quantity.' }),
  location: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(64).optional()),
  idempotencyKey: z.string().trim().max(200).optional(),
});

export async function receiveTransit(actor: Actor, input: unknown) {
  requirePermission(actor, 'inventory.receive');
  const data = parseInput(receiveTransitSchema, input);
  const number = data.number.toUpperCase();
  // The hash names the request, so a retry of "receive 5 of TRN-1 into X" replays and a different one is refused.
  const header = { kind: 'transit_receive', idempotencyKey: data.idempotencyKey, requestHash: `transit_receive:${number}:${String(data.quantity)}:${data.location ?? ''}` };
  return inReplaySafeTransaction(actor, header, async (client) => {
    const doc = await loadTransit(client, actor, data.number, true);
    if (!canSeeSite(actor, doc.toSiteDepartmentId)) throw new DomainError('FORBIDDEN', 'Only the destination site receives a transit.');
    if (doc.closedAt) throw new DomainError('CONFLICT', `${doc.number} is closed: nothing left to receive.`);
    const { item, locations: [into] } = await resolveTargets(actor, doc.sku, [{ code: data.location ?? doc.toCode, field: 'location' }]);
    const site = (await client.query(`SELECT coalesce("siteId", id) AS site FROM "Location" WHERE id = $1`, [doc.toLocationId])).rows[0].site;
    if (into.siteId !== site || into.id === doc.transitLocationId) throw invalid('location', `Receive into a storage unit of the destination site.`);
    const quantity = positiveQuantity(item, data.quantity);
    const totals = await transitTotals(client, doc.id, doc.transitLocationId);
    if (quantity > totals.remaining) {
      const msg = `Only ${formatQuantity(totals.remaining, doc.decimals)} ${doc.unit} of ${doc.number} are still on the way.`;
      throw new DomainError('INSUFFICIENT_STOCK', msg, { quantity: msg });
    }
    const posted = await postStockWithin(client, actor, {
      header: { ...header, reference: { kind: 'transit', id: String(doc.id), number: doc.number } },
      positions: [{ itemId: doc.itemId, locationId: doc.transitLocationId }, { itemId: doc.itemId, locationId: into.id }],
      labels: { items: new Map([[doc.itemId, { sku: doc.sku, decimals: doc.decimals }]]), locations: new Map([[doc.transitLocationId, doc.transitCode], [into.id, into.code]]) },
      plan: (lots) => {
        // This document's batches, oldest first, no more than it still has on the way.
        const mine = orderForPicking(lots.filter((l) => l.locationId === doc.transitLocationId && l.status === 'AVAILABLE' && totals.remainingByBatch.has(l.batchId)));
        const legs: Leg[] = [];
        let left = quantity;
        for (const lot of mine) {
          const take = minQty(minQty(lot.quantity, totals.remainingByBatch.get(lot.batchId)!), left);
          if (take <= 0n) continue;
          const batch = { id: lot.batchId, number: lot.batchNumber };
          legs.push({ entryType: 'TRANSFER_OUT', itemId: doc.itemId, locationId: doc.transitLocationId, batch, status: 'AVAILABLE', quantity: -take });
          legs.push({ entryType: 'TRANSFER_IN', itemId: doc.itemId, locationId: into.id, batch, status: 'AVAILABLE', quantity: take });
          left -= take;
        }
        if (left > 0n) throw new DomainError('CONFLICT', `The stock of ${doc.number} at ${doc.transitCode} was changed by another posting; check the document.`);
        return { legs };
      },
    });
    refuseReplay(posted);
    if (quantity === totals.remaining) await client.query(`UPDATE "StockTransit" SET "closedAt" = now() WHERE id = $1`, [doc.id]);
    return { number: doc.number, closed: quantity === totals.remaining, ...posted };
  }, async (first) => ({ number, closed: (await transitIsClosed(number)), ...first }));
}

async function transitIsClosed(number: string): Promise<boolean> {
  const { rows } = await pool().query(`SELECT "closedAt" FROM "StockTransit" WHERE number = $1`, [number]);
  return Boolean(rows[0]?.closedAt);
}
