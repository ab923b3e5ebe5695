// A transit document with what the ledger says it shipped, received, wrote off
// and still has on the way.
import { pool } from '../../db/pool';
import { requirePermission, type Actor } from '../../roles/actor';
import { formatQuantity } from '../quantity';
import { loadTransit } from './load-transit';
import { transitTotals } from './transit-balance';

export async function getTransit(actor: Actor, number: string) {
  requirePermission(actor, 'inventory.view');
  const doc = await loadTransit(pool(), actor, number);
  const t = await transitTotals(pool(), doc.id, doc.transitLocationId);
  const q = (v: bigint) => formatQuantity(v, doc.decimals);
  return {
    number: doc.number,
    sku: doc.sku,
    unit: doc.unit,
    from: doc.fromCode,
    to: doc.toCode,
    via: doc.transitCode,
    shippedAt: doc.shippedAt.toISOString(),
    status: doc.closedAt ? (t.writtenOff > 0n ? 'closed_short' : 'received') : t.received > 0n ? 'partially_received' : 'in_transit',
    shipped: q(t.shipped),
    received: q(t.received),
    writtenOff: q(t.writtenOff),
    remaining: q(t.remaining),
  };
}
