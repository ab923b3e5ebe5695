// Receive units into a storage unit as a new batch. Stock that already left
// this storage unit unreceived (negative stock allowed at the site) is settled first.
import { z } from 'zod';
import { requirePermission, type Actor } from '../../roles/actor';
import { parseInput } from '../../validation';
import { commonFields, locationField, optionalCost, optionalDate, positiveQuantity, quantityField, requestHash, skuField } from '../movement-input';
import { minQty } from '../quantity';
import { postStock } from '../posting/post-stock';
import type { Leg } from '../posting/types';
import { labelsFor, resolveTargets, refuseSerialTracked } from '../resolve';

export const receiveStockSchema = z.object({
  sku: skuField,
  to: locationField,
  quantity: quantityField,
  supplier: z.string().trim().max(120).optional(),
  supplierLot: z.string().trim().max(120).optional(),
  unitCost: optionalCost,
  receivedAt: optionalDate,
  expiresAt: optionalDate,
  customer: z.string().trim().max(64).optional(),
  ...commonFields,
});

export async function receiveStock(actor: Actor, input: unknown) {
  requirePermission(actor, 'inventory.receive');
  const data = parseInput(receiveStockSchema, input);
  const { item, locations: [to], ownerId, lots: snapshot } = await resolveTargets(actor, data.sku, [{ code: data.to, field: 'to' }], data.customer);
  refuseSerialTracked(item);
  const quantity = positiveQuantity(item, data.quantity);
  return postStock(actor, {
    header: { kind: 'receipt', note: data.note, reference: data.reference, idempotencyKey: data.idempotencyKey, requestHash: requestHash('receipt', data) },
    snapshot,
    positions: [{ itemId: item.id, locationId: to.id }],
    labels: labelsFor(item, to),
    plan: (lots) => {
      const legs: Leg[] = [];
      const owed = lots.find((l) => l.unreceived && l.status === 'AVAILABLE' && l.quantity < 0n);
      const settle = owed && ownerId === null ? minQty(quantity, -owed.quantity) : 0n;
      if (settle > 0n) legs.push({ entryType: 'RECEIPT', itemId: item.id, locationId: to.id, batch: { unreceivedOf: item.id }, status: 'AVAILABLE', quantity: settle });
      const rest = quantity - settle;
      if (rest > 0n) legs.push({ entryType: 'RECEIPT', itemId: item.id, locationId: to.id, batch: { newBatch: 'received' }, status: 'AVAILABLE', quantity: rest });
      const newBatches =
        rest > 0n
          ? [{ key: 'received', itemId: item.id, supplier: data.supplier, supplierLot: data.supplierLot, receivedAt: data.receivedAt, unitCost: data.unitCost ?? null, expiresAt: data.expiresAt, ownerId }]
          : [];
      return { legs, newBatches };
    },
  });
}
