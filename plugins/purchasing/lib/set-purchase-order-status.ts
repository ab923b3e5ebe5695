// Placing a draft, and cancelling an order nothing has been received on.
import { inTransaction } from '../../../lib/db/transaction';
import { DomainError } from '../../../lib/errors';
import { fromDb } from '../../../lib/inventory/quantity';
import { requirePluginPermission } from '../../../lib/plugins/plugin-guard';
import type { Actor } from '../../../lib/roles/actor';
import { loadPurchaseOrder } from './get-purchase-order';

export async function placePurchaseOrder(actor: Actor, number: string): Promise<{ number: string; status: 'PLACED' }> {
  requirePluginPermission(actor, 'purchasing.manage');
  return inTransaction(async (client) => {
    const po = await loadPurchaseOrder(client, actor, number, true);
    if (po.status !== 'DRAFT') throw new DomainError('CONFLICT', `${po.number} is ${po.status.toLowerCase().replace('_', ' ')}: only a draft can be placed.`);
    await client.query(`UPDATE "PurchaseOrder" SET status = 'PLACED', "placedAt" = now() WHERE id = $1`, [po.id]);
    return { number: po.number, status: 'PLACED' as const };
  });
}

export async function cancelPurchaseOrder(actor: Actor, number: string): Promise<{ number: string; status: 'CANCELLED' }> {
  requirePluginPermission(actor, 'purchasing.manage');
  return inTransaction(async (client) => {
    const po = await loadPurchaseOrder(client, actor, number, true);
    if (po.status !== 'DRAFT' && po.status !== 'PLACED') throw new DomainError('CONFLICT', `${po.number} is ${po.status.toLowerCase().replace('_', ' ')}: it can no longer be cancelled.`);
    // Belt and braces: a placed order has nothing received (the first receipt makes it partially received).
    if (po.lines.some((l) => fromDb(l.received) > 0n)) throw new DomainError('CONFLICT', `${po.number} has receipts: it can no longer be cancelled.`);
    await client.query(`UPDATE "PurchaseOrder" SET status = 'CANCELLED' WHERE id = $1`, [po.id]);
    return { number: po.number, status: 'CANCELLED' as const };
  });
}
