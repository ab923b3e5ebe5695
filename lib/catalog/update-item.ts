// Admin changes an item's master data. The SKU stays; the unit only changes
// while nothing was ever posted for the item (every ledger quantity is in the
// old unit), and an item still holding stock cannot be deactivated (inactive
// items cannot be moved, so the stock would be stranded).
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { invalid, notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { checkBarcodeFree, checkKindAndUnit, checkThreshold } from './check-item-fields';
import { updateItemSchema } from './item-schemas';
import { itemSelect, itemSnapshot } from './item-view';

export async function updateItem(actor: Actor, input: unknown): Promise<void> {
  requirePermission(actor, 'settings.manage');
  const { sku, ...fields } = parseInput(updateItemSchema, input);
  await db().$transaction(async (tx) => {
    const before = await tx.item.findUnique({ where: { sku }, select: itemSelect });
    if (!before) throw notFound('The item');
    const { decimals } = await checkKindAndUnit(tx, fields.kindCode, fields.unitCode);
    checkThreshold(fields.lowStockThreshold, decimals);
    const barcode = fields.barcode ?? before.sku;
    await checkBarcodeFree(tx, barcode, before.id);
    if (fields.unitCode !== before.unitCode && (await tx.ledgerEntry.findFirst({ where: { itemId: before.id }, select: { id: true } }))) {
      throw invalid('unitCode', `The unit stays ${before.unitCode}: stock was already posted in it.`);
    }
    if (fields.active === false && before.active) {
      const holding = await tx.stockBalance.findMany({ where: { itemId: before.id, NOT: { quantity: 0 } }, distinct: ['locationId'], select: { locationId: true } });
      if (holding.length) throw invalid('active', `Stock is still on hand in ${holding.length} storage unit${holding.length === 1 ? '' : 's'}; move or write it off first.`);
    }
    const after = await tx.item.update({ where: { id: before.id }, data: { ...fields, barcode }, select: itemSelect });
    await recordAuditEvent(tx, actor, { action: 'item.update', entity: 'Item', entityId: before.id, before: itemSnapshot(before), after: itemSnapshot(after) });
  });
}
