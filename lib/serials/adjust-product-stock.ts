// Manual adjustment of a serial-numbered product's stock (Admin by default):
// Add creates that many new serials in stock at a storage unit (each its own
// batch, one ADJUST_UP posting); Subtract takes the chosen serials out of stock
// (one ADJUST_DOWN posting) and marks them scrapped. A note is required.
import { z } from 'zod';
import { inTransaction } from '../db/transaction';
import { invalid } from '../errors';
import { requestHash } from '../inventory/movement-input';
import { replayIfKnown } from '../inventory/posting/post-stock';
import { resolveTargets } from '../inventory/resolve';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { receiveNewUnits } from './receive-new-units';
import { serialsOfGroup, takeSerialsOut } from './subtract-serials';

const note = z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string({ message: 'Say why the stock changes.' }).min(1, 'Say why the stock changes.').max(500));
const key = z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().trim().max(200).optional());

export const adjustProductSchema = z.discriminatedUnion('direction', [
  z.object({
    direction: z.literal('add'),
    sku: z.string().trim().min(1, 'Choose a product.').max(64),
    quantity: z.coerce.number({ message: 'Enter a whole number of units.' }).int('Enter a whole number of units.').min(1, 'Add at least one unit.').max(1000, 'Add at most 1000 units at a time.'),
    location: z.string({ message: 'Choose a storage unit.' }).trim().min(1, 'Choose a storage unit.').max(64),
    note,
    idempotencyKey: key,
  }),
  z.object({
    direction: z.literal('subtract'),
    sku: z.string().trim().min(1, 'Choose a product.').max(64),
    serials: z.preprocess(
      (v) => (typeof v === 'string' ? v.split(/[\s,;]+/).filter(Boolean) : v),
      z.array(z.string().trim().min(1).max(100), { message: 'Choose the serial numbers to take out.' }).min(1, 'Choose the serial numbers to take out.').max(1000),
    ),
    note,
    idempotencyKey: key,
  }),
], { error: () => 'Choose Add or Subtract.' });

export interface ProductAdjustment {
  groupId: string;
  serials: string[];
  replayed: boolean;
}

export async function adjustProductStock(actor: Actor, input: unknown): Promise<ProductAdjustment> {
  requirePermission(actor, 'inventory.adjust');
  const data = parseInput(adjustProductSchema, input);
  const header = { kind: data.direction === 'add' ? 'serial-add' : 'serial-subtract', reason: data.note, idempotencyKey: data.idempotencyKey, requestHash: requestHash(`product-${data.direction}`, data) };
  const replay = await replayIfKnown(actor, { header });
  if (replay) return { groupId: replay.groupId, serials: await serialsOfGroup(replay.groupId), replayed: true };
  if (data.direction === 'subtract') return takeSerialsOut(actor, data.sku, data.serials, header);

  const { item, locations: [to] } = await resolveTargets(actor, data.sku, [{ code: data.location, field: 'location' }]);
  if (!item.serialTracked) throw invalid('sku', `${item.sku} is not serial-numbered: adjust it under Inventory.`);
  return inTransaction(async (client) => {
    const product = await client.query(`SELECT i."serialPattern", s."departmentId" FROM "Item" i, "Location" s WHERE i.id = $1 AND s.id = $2`, [item.id, to.siteId]);
    const { serialPattern, departmentId } = product.rows[0];
    if (departmentId === null) throw invalid('location', `${to.code} belongs to no department.`);
    const made = await receiveNewUnits(client, actor, {
      product: { id: item.id, sku: item.sku, serialPattern },
      count: data.quantity,
      at: { locationId: to.id, code: to.code },
      departmentId,
      entryType: 'ADJUST_UP',
      header,
      unitCost: item.standardCost,
      event: { action: 'added', note: data.note, reference: to.code },
    });
    return { groupId: made.groupId, serials: made.serials, replayed: false };
  });
}
