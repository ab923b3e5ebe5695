// Put a quantity on hold, reject it, or release it: the units stay where they
// are (same batch), only their status changes. First-in first-out within the old status.
import { z } from 'zod';
import { invalid } from '../../errors';
import { requirePermission, type Actor } from '../../roles/actor';
import { parseInput } from '../../validation';
import { pickLots } from '../fifo';
import { commonFields, locationField, positiveQuantity, quantityField, requestHash, skuField } from '../movement-input';
import { formatQuantity } from '../quantity';
import { postStock } from '../posting/post-stock';
import { refuseIfStale } from '../preview-pick';
import { insufficient, labelsFor, resolveTargets, refuseSerialTracked } from '../resolve';
import { legsFromPicks } from './take-legs';

const status = z.enum(['available', 'on_hold', 'rejected'], { message: 'Choose available, on hold or rejected.' });
export const changeStatusSchema = z.object({
  sku: skuField,
  location: locationField,
  quantity: quantityField,
  status,
  fromStatus: status.default('available'),
  customer: z.string().trim().max(64).optional(),
  expectedAvailable: z.string().optional(),
  ...commonFields,
});

const dbStatus = (s: z.infer<typeof status>) => s.toUpperCase() as 'AVAILABLE' | 'ON_HOLD' | 'REJECTED';

export async function changeStatus(actor: Actor, input: unknown) {
  requirePermission(actor, 'inventory.status');
  const data = parseInput(changeStatusSchema, input);
  if (data.status === data.fromStatus) throw invalid('status', 'Choose a status different from the current one.');
  const { item, locations: [location], ownerId, lots: snapshot } = await resolveTargets(actor, data.sku, [{ code: data.location, field: 'location' }], data.customer);
  refuseSerialTracked(item);
  const quantity = positiveQuantity(item, data.quantity);
  return postStock(actor, {
    header: { kind: 'status_change', note: data.note, reference: data.reference, idempotencyKey: data.idempotencyKey, requestHash: requestHash('status_change', data) },
    snapshot,
    positions: [{ itemId: item.id, locationId: location.id }],
    labels: labelsFor(item, location),
    plan: (lots) => {
      refuseIfStale(data.expectedAvailable, lots, item.decimals, dbStatus(data.fromStatus), ownerId);
      const picked = pickLots(lots, quantity, { status: dbStatus(data.fromStatus), ownerId, fefo: item.perishable });
      if (!picked.ok) throw insufficient('quantity', formatQuantity(picked.available, item.decimals), item.unit, `${location.code} (${data.fromStatus.replace('_', ' ')})`);
      return { legs: [...legsFromPicks(picked.picks, 'STATUS_CHANGE', -1), ...legsFromPicks(picked.picks, 'STATUS_CHANGE', 1, undefined, dbStatus(data.status))] };
    },
  });
}
