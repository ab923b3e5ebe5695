// Close a transit document that arrived short: what is still "on the way" is
// written off at the transit storage unit as its own entries, with a reason.
import { z } from 'zod';
import { inTransaction } from '../../db/transaction';
import { DomainError } from '../../errors';
import { requirePermission, type Actor } from '../../roles/actor';
import { canSeeSite } from '../../scope/site-scope';
import { parseInput } from '../../validation';
import { reasonField } from '../movement-input';
import { postStockWithin } from '../posting/post-stock';
import type { Leg } from '../posting/types';
import { loadTransit } from './load-transit';
import { transitTotals } from './transit-balance';

export const closeTransitSchema = z.object({ number: z.string().trim().min(1).max(40), reason: reasonField });

export async function closeTransit(actor: Actor, input: unknown) {
  requirePermission(actor, 'inventory.receive');
  const data = parseInput(closeTransitSchema, input);
  return inTransaction(async (client) => {
    const doc = await loadTransit(client, actor, data.number, true);
    if (!canSeeSite(actor, doc.toSiteDepartmentId)) throw new DomainError('FORBIDDEN', 'Only the destination site closes a transit.');
    if (doc.closedAt) throw new DomainError('CONFLICT', `${doc.number} is already closed.`);
    const totals = await transitTotals(client, doc.id, doc.transitLocationId);
    let posted = null;
    if (totals.remaining > 0n) {
      posted = await postStockWithin(client, actor, {
        header: { kind: 'transit_discrepancy', reason: data.reason, reference: { kind: 'transit', id: String(doc.id), number: doc.number } },
        positions: [{ itemId: doc.itemId, locationId: doc.transitLocationId }],
        labels: { items: new Map([[doc.itemId, { sku: doc.sku, decimals: doc.decimals }]]), locations: new Map([[doc.transitLocationId, doc.transitCode]]) },
        plan: (lots) => ({
          legs: lots
            .filter((l) => l.status === 'AVAILABLE' && totals.remainingByBatch.has(l.batchId))
            .map((l): Leg => ({
              entryType: 'ADJUST_DOWN',
              itemId: doc.itemId,
              locationId: doc.transitLocationId,
              batch: { id: l.batchId, number: l.batchNumber },
              status: 'AVAILABLE',
              quantity: -(totals.remainingByBatch.get(l.batchId)! < l.quantity ? totals.remainingByBatch.get(l.batchId)! : l.quantity),
            })),
        }),
      });
    }
    await client.query(`UPDATE "StockTransit" SET "closedAt" = now() WHERE id = $1`, [doc.id]);
    return { number: doc.number, writtenOff: posted };
  });
}
