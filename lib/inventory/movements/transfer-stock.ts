// Move units between any two storage units, same site or not; immediate. The
// units leave first-in first-out and keep their batch at the destination.
import { z } from 'zod';
import { invalid } from '../../errors';
import { requirePermission, type Actor } from '../../roles/actor';
import { parseInput } from '../../validation';
import { pickLots } from '../fifo';
import { commonFields, locationField, positiveQuantity, quantityField, requestHash, skuField } from '../movement-input';
import { formatQuantity } from '../quantity';
import { postStock } from '../posting/post-stock';
import { refuseIfStale } from '../preview-pick';
import { insufficient, labelsFor, resolveTargets } from '../resolve';
import { legsFromPicks } from './take-legs';

export const transferStockSchema = z.object({
  sku: skuField,
  from: locationField,
  to: locationField,
  quantity: quantityField,
  customer: z.string().trim().max(64).optional(),
  expectedAvailable: z.string().optional(),
  ...commonFields,
});

export async function transferStock(actor: Actor, input: unknown) {
  requirePermission(actor, 'inventory.transfer');
  const data = parseInput(transferStockSchema, input);
  const { item, locations: [from, to], ownerId, lots: snapshot } = await resolveTargets(actor, data.sku, [{ code: data.from, field: 'from' }, { code: data.to, field: 'to' }], data.customer);
  if (from.id === to.id) throw invalid('to', 'Choose a destination other than the source.');
  const quantity = positiveQuantity(item, data.quantity);
  return postStock(actor, {
    header: { kind: 'transfer', note: data.note, reference: data.reference, idempotencyKey: data.idempotencyKey, requestHash: requestHash('transfer', data) },
    snapshot,
    positions: [{ itemId: item.id, locationId: from.id }, { itemId: item.id, locationId: to.id }],
    labels: labelsFor(item, from, to),
    plan: (lots) => {
      const here = lots.filter((l) => l.locationId === from.id);
      refuseIfStale(data.expectedAvailable, here, item.decimals, 'AVAILABLE', ownerId);
      const picked = pickLots(here, quantity, { ownerId, fefo: item.perishable });
      if (!picked.ok) throw insufficient('quantity', formatQuantity(picked.available, item.decimals), item.unit, from.code);
      return { legs: [...legsFromPicks(picked.picks, 'TRANSFER_OUT', -1), ...legsFromPicks(picked.picks, 'TRANSFER_IN', 1, to.id)] };
    },
  });
}
