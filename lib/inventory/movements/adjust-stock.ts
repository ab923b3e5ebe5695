// Manual corrections, the exception rather than the rule: up materialises a new
// batch; down removes first-in first-out and can never overdraw. A reason is required.
import { z } from 'zod';
import { requirePermission, type Actor } from '../../roles/actor';
import { parseInput } from '../../validation';
import { pickLots } from '../fifo';
import { commonFields, locationField, optionalCost, positiveQuantity, quantityField, reasonField, requestHash, skuField } from '../movement-input';
import { formatQuantity } from '../quantity';
import { postStock } from '../posting/post-stock';
import { refuseIfStale } from '../preview-pick';
import { insufficient, labelsFor, resolveTargets, refuseSerialTracked } from '../resolve';
import { legsFromPicks } from './take-legs';

export const adjustStockSchema = z.object({
  direction: z.enum(['up', 'down'], { message: 'Choose up or down.' }),
  sku: skuField,
  location: locationField,
  quantity: quantityField,
  reason: reasonField,
  unitCost: optionalCost,
  expectedAvailable: z.string().optional(),
  ...commonFields,
});

export async function adjustStock(actor: Actor, input: unknown) {
  requirePermission(actor, 'inventory.adjust');
  const data = parseInput(adjustStockSchema, input);
  const { item, locations: [location], lots: snapshot } = await resolveTargets(actor, data.sku, [{ code: data.location, field: 'location' }]);
  refuseSerialTracked(item);
  const quantity = positiveQuantity(item, data.quantity);
  const kind = data.direction === 'up' ? 'adjust_up' : 'adjust_down';
  return postStock(actor, {
    header: { kind, reason: data.reason, note: data.note, reference: data.reference, idempotencyKey: data.idempotencyKey, requestHash: requestHash(kind, data) },
    snapshot,
    positions: [{ itemId: item.id, locationId: location.id }],
    labels: labelsFor(item, location),
    plan: (lots) => {
      if (data.direction === 'up') {
        return {
          legs: [{ entryType: 'ADJUST_UP', itemId: item.id, locationId: location.id, batch: { newBatch: 'adjusted' }, status: 'AVAILABLE', quantity }],
          newBatches: [{ key: 'adjusted', itemId: item.id, supplier: null, unitCost: data.unitCost ?? null }],
        };
      }
      refuseIfStale(data.expectedAvailable, lots, item.decimals);
      const picked = pickLots(lots, quantity, { fefo: item.perishable });
      if (!picked.ok) throw insufficient('quantity', formatQuantity(picked.available, item.decimals), item.unit, location.code);
      return { legs: legsFromPicks(picked.picks, 'ADJUST_DOWN', -1) };
    },
  });
}
