// The item list of the admin area: search by SKU, name or MPN, filter by kind
// and status, paged by SKU (keyset: stable while items are added meanwhile).
import type { Prisma } from '../db/generated/client';
import { db } from '../db/client';
import { escapeLike } from '../form-fields';
import { requirePermission, type Actor } from '../roles/actor';
import { getSettings } from '../settings/get-settings';
import { parseInput } from '../validation';
import { listItemsSchema, type ListItemsInput } from './item-schemas';
import { itemSelect, itemView, type ItemView } from './item-view';

export interface ItemPage {
  items: ItemView[];
  /** Pass as `after` for the next page; null on the last page. */
  next: string | null;
}

export async function listItems(actor: Actor, input: ListItemsInput | Record<string, unknown> = {}): Promise<ItemPage> {
  // Reading the catalogue is everyday work (scanners, scripts, the inventory screens).
  requirePermission(actor, 'inventory.view');
  const { q, kind, status, after, limit } = parseInput(listItemsSchema, input);
  const contains = q ? { contains: escapeLike(q), mode: 'insensitive' as const } : undefined;
  const where: Prisma.ItemWhereInput = {
    AND: [
      contains ? { OR: [{ sku: contains }, { name: contains }, { mpn: contains }] } : {},
      kind ? { kindCode: kind } : {},
      status === 'all' ? {} : { active: status === 'active' },
      // citext compares without case, the same order as ORDER BY sku.
      after ? { sku: { gt: after } } : {},
    ],
  };
  const [rows, settings] = await Promise.all([db().item.findMany({ where, orderBy: { sku: 'asc' }, take: limit + 1, select: itemSelect }), getSettings()]);
  const items = rows.slice(0, limit).map((row) => itemView(row, settings['inventory.lowStockDefault']));
  return { items, next: rows.length > limit ? items[items.length - 1].sku : null };
}
