// Admin adds an item to the catalogue. The SKU is unique whatever its letter
// case (the column is citext); the barcode defaults to the SKU.
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { DomainError } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { conflictOnDuplicate } from '../unique-violation';
import { parseInput } from '../validation';
import { checkBarcodeFree, checkKindAndUnit, checkThreshold } from './check-item-fields';
import { createItemSchema } from './item-schemas';
import { itemSelect, itemSnapshot } from './item-view';

const duplicate = (sku: string) => new DomainError('CONFLICT', `SKU ${sku} already exists.`, { sku: `SKU ${sku} already exists.` });

export async function createItem(actor: Actor, input: unknown): Promise<{ id: number; sku: string }> {
  requirePermission(actor, 'settings.manage');
  const data = parseInput(createItemSchema, input);
  return db().$transaction(async (tx) => {
    const existing = await tx.item.findUnique({ where: { sku: data.sku }, select: { sku: true } });
    if (existing) throw duplicate(existing.sku);
    const { decimals } = await checkKindAndUnit(tx, data.kindCode, data.unitCode);
    checkThreshold(data.lowStockThreshold, decimals);
    const barcode = data.barcode ?? data.sku;
    await checkBarcodeFree(tx, barcode, null);
    const item = await conflictOnDuplicate(() => tx.item.create({ data: { ...data, barcode }, select: itemSelect }), 'sku', `SKU ${data.sku} already exists.`);
    await recordAuditEvent(tx, actor, { action: 'item.create', entity: 'Item', entityId: item.id, after: itemSnapshot(item) });
    return { id: item.id, sku: item.sku };
  });
}
