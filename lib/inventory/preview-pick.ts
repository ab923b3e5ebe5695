// What a movement dialog shows before confirming: how much is available at the
// storage unit and which lots first-in first-out would take. Reads without
// locking; the posting re-decides under lock, and `expectedAvailable` lets it
// refuse a form whose preview went stale.
import { z } from 'zod';
import { DomainError } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { pickLots } from './fifo';
import { batchLabel, type Lot } from './lots';
import { locationField, skuField } from './movement-input';
import { readLots } from './posting/lock-lots';
import { formatQuantity, parseQuantity, sumQty, type Qty } from './quantity';
import { resolveTargets } from './resolve';
import { pool } from '../db/pool';

export const previewPickSchema = z.object({
  sku: skuField,
  location: locationField,
  quantity: z.union([z.string(), z.number()]).optional(),
  status: z.enum(['available', 'on_hold', 'rejected']).default('available'),
  customer: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(64).optional()),
});

export interface PickPreview {
  unit: string;
  available: string;
  picks: { batch: string; quantity: string; receivedAt: string }[];
  shortBy: string | null;
}

/** Available own (or the named customer's) stock of one status. */
export function availableOf(lots: Lot[], status: Lot['status'] = 'AVAILABLE', ownerId: number | null = null): Qty {
  return sumQty(lots.filter((l) => l.status === status && !l.unreceived && l.ownerId === ownerId && l.quantity > 0n).map((l) => l.quantity));
}

/** Refuses to post when the stock changed since the person saw the preview. */
export function refuseIfStale(expected: string | undefined, lots: Lot[], decimals: number, status: Lot['status'] = 'AVAILABLE', ownerId: number | null = null): void {
  if (expected === undefined || expected === '') return;
  const parsed = parseQuantity(expected, 6);
  const now = availableOf(lots, status, ownerId);
  if (parsed.ok && parsed.value !== now) {
    const msg = `Stock changed since you looked: ${formatQuantity(now, decimals)} available now. Check the quantity and confirm again.`;
    throw new DomainError('CONFLICT', msg, { quantity: msg });
  }
}

export async function previewPick(actor: Actor, input: unknown): Promise<PickPreview> {
  requirePermission(actor, 'inventory.view');
  const data = parseInput(previewPickSchema, input);
  const { item, locations: [location], ownerId } = await resolveTargets(actor, data.sku, [{ code: data.location, field: 'location' }], data.customer);
  const status = data.status.toUpperCase() as Lot['status'];
  const lots = await readLots(pool(), [{ itemId: item.id, locationId: location.id }]);
  const available = availableOf(lots, status, ownerId);
  const wanted = data.quantity === undefined ? null : parseQuantity(data.quantity, item.decimals);
  const quantity = wanted && wanted.ok && wanted.value > 0n ? wanted.value : 0n;
  const picked = quantity > 0n ? pickLots(lots, quantity, { status, ownerId, fefo: item.perishable }) : null;
  const picks = picked?.ok ? picked.picks : [];
  return {
    unit: item.unit,
    available: formatQuantity(available, item.decimals),
    picks: picks.map((p) => ({ batch: batchLabel(p.lot.batchNumber), quantity: formatQuantity(p.quantity, item.decimals), receivedAt: p.lot.receivedAt.toISOString() })),
    shortBy: picked && !picked.ok ? formatQuantity(quantity - picked.available, item.decimals) : null,
  };
}
