// Stock leaving for good: consumption (issue to a job, production lot or a
// unit under repair) and shipment (against a sales order). Expired batches are
// not taken unless a permitted role overrides. Where the site allows negative
// stock, a shortfall is booked to the item's "unreceived" placeholder lot,
// which the next receipt at that storage unit settles first.
import { z } from 'zod';
import { DomainError } from '../../errors';
import { can, requirePermission, type Actor } from '../../roles/actor';
import { parseInput } from '../../validation';
import { pickLots } from '../fifo';
import { commonFields, locationField, positiveQuantity, quantityField, requestHash, skuField } from '../movement-input';
import { formatQuantity, sumQty } from '../quantity';
import { postStock } from '../posting/post-stock';
import { refuseIfStale } from '../preview-pick';
import type { Leg } from '../posting/types';
import { insufficient, labelsFor, resolveTargets, refuseSerialTracked } from '../resolve';
import { legsFromPicks } from './take-legs';

export const issueStockSchema = z.object({
  sku: skuField,
  from: locationField,
  quantity: quantityField,
  customer: z.string().trim().max(64).optional(),
  expectedAvailable: z.string().optional(),
  allowExpired: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).optional(),
  ...commonFields,
});

const KINDS = {
  consume: { permission: 'inventory.consume', entryType: 'CONSUMPTION' },
  ship: { permission: 'inventory.ship', entryType: 'SHIPMENT' },
} as const;

export async function issueStock(actor: Actor, kind: keyof typeof KINDS, input: unknown) {
  const { permission, entryType } = KINDS[kind];
  requirePermission(actor, permission);
  const data = parseInput(issueStockSchema, input);
  if (data.allowExpired && !can(actor, 'inventory.use-expired')) throw new DomainError('FORBIDDEN', 'You may not issue expired stock.');
  const { item, locations: [from], ownerId, lots: snapshot } = await resolveTargets(actor, data.sku, [{ code: data.from, field: 'from' }], data.customer);
  refuseSerialTracked(item);
  const quantity = positiveQuantity(item, data.quantity);
  return postStock(actor, {
    header: { kind, note: data.note, reference: data.reference, idempotencyKey: data.idempotencyKey, requestHash: requestHash(kind, data) },
    snapshot,
    positions: [{ itemId: item.id, locationId: from.id }],
    labels: labelsFor(item, from),
    plan: (lots) => {
      refuseIfStale(data.expectedAvailable, lots, item.decimals, 'AVAILABLE', ownerId);
      const picked = pickLots(lots, quantity, { ownerId, fefo: item.perishable, skipExpired: true, allowExpired: data.allowExpired });
      if (picked.ok) return { legs: legsFromPicks(picked.picks, entryType, -1) };
      const available = formatQuantity(picked.available, item.decimals);
      if (!from.allowNegative || ownerId !== null) {
        if (picked.expiredExcluded > 0n) {
          throw new DomainError('INSUFFICIENT_STOCK', `Only ${available} ${item.unit} unexpired at ${from.code}; ${formatQuantity(picked.expiredExcluded, item.decimals)} ${item.unit} are past their expiry date.`, { quantity: 'Not enough unexpired stock.' });
        }
        throw insufficient('quantity', available, item.unit, from.code);
      }
      const all = pickLots(lots, picked.available, { fefo: item.perishable, skipExpired: true, allowExpired: data.allowExpired });
      const taken = all.ok ? all.picks : [];
      const shortfall = quantity - sumQty(taken.map((p) => p.quantity));
      const legs: Leg[] = [
        ...legsFromPicks(taken, entryType, -1),
        { entryType, itemId: item.id, locationId: from.id, batch: { unreceivedOf: item.id }, status: 'AVAILABLE', quantity: -shortfall },
      ];
      return { legs };
    },
  });
}

export const consumeStock = (actor: Actor, input: unknown) => issueStock(actor, 'consume', input);
export const shipStock = (actor: Actor, input: unknown) => issueStock(actor, 'ship', input);
