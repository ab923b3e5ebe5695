// Count a storage unit: book the difference between what is there and what the
// system holds (our own available stock) as one adjustment.
import { z } from 'zod';
import { invalid } from '../../errors';
import { requirePermission, type Actor } from '../../roles/actor';
import { parseInput } from '../../validation';
import { pickLots } from '../fifo';
import { commonFields, locationField, quantityField, reasonField, requestHash, skuField } from '../movement-input';
import { parseQuantity, sumQty } from '../quantity';
import { postStock } from '../posting/post-stock';
import { labelsFor, resolveTargets, refuseSerialTracked } from '../resolve';
import { legsFromPicks } from './take-legs';

export const setQuantitySchema = z.object({ sku: skuField, location: locationField, quantity: quantityField, reason: reasonField, ...commonFields });

export async function setQuantity(actor: Actor, input: unknown) {
  requirePermission(actor, 'inventory.adjust');
  const data = parseInput(setQuantitySchema, input);
  const { item, locations: [location], lots: snapshot } = await resolveTargets(actor, data.sku, [{ code: data.location, field: 'location' }]);
  refuseSerialTracked(item);
  const parsed = parseQuantity(data.quantity, item.decimals);
  if (!parsed.ok) throw invalid('quantity', parsed.reason);
  if (parsed.value < 0n) throw invalid('quantity', 'A counted quantity cannot be negative.');
  const target = parsed.value;
  return postStock(actor, {
    header: { kind: 'set_quantity', reason: data.reason, note: data.note, reference: data.reference, idempotencyKey: data.idempotencyKey, requestHash: requestHash('set_quantity', data) },
    snapshot,
    positions: [{ itemId: item.id, locationId: location.id }],
    labels: labelsFor(item, location),
    plan: (lots) => {
      const own = lots.filter((l) => l.status === 'AVAILABLE' && !l.unreceived && l.ownerId === null);
      const current = sumQty(own.map((l) => l.quantity));
      if (target > current) {
        return {
          legs: [{ entryType: 'ADJUST_UP', itemId: item.id, locationId: location.id, batch: { newBatch: 'counted' }, status: 'AVAILABLE', quantity: target - current }],
          newBatches: [{ key: 'counted', itemId: item.id }],
        };
      }
      if (target === current) throw invalid('quantity', `The storage unit already holds ${data.quantity}: nothing to book.`);
      const picked = pickLots(own, current - target, { fefo: item.perishable });
      if (!picked.ok) throw new Error('set quantity: own stock changed under lock');
      return { legs: legsFromPicks(picked.picks, 'ADJUST_DOWN', -1) };
    },
  });
}
