// One item by its SKU (any letter case), for the edit screen.
import { db } from '../db/client';
import { notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { getSettings } from '../settings/get-settings';
import { itemSelect, itemView, type ItemView } from './item-view';

export async function getItemBySku(actor: Actor, sku: string): Promise<ItemView> {
  // Reading the catalogue is everyday work (scanners, scripts, the inventory screens).
  requirePermission(actor, 'inventory.view');
  const [row, settings] = await Promise.all([
    typeof sku === 'string' && sku.length <= 64 ? db().item.findUnique({ where: { sku }, select: itemSelect }) : null,
    getSettings(),
  ]);
  if (!row) throw notFound('The item');
  return itemView(row, settings['inventory.lowStockDefault']);
}
