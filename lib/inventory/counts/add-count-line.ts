// A counter finds an item where the count has no line for it (the system
// expected none there when the count was opened): a line is added, expecting
// whatever own available stock the system holds there now.
import { z } from 'zod';
import { render, sql } from '../../db/sql';
import { inTransaction } from '../../db/transaction';
import { DomainError, invalid } from '../../errors';
import { requirePermission, type Actor } from '../../roles/actor';
import { parseInput } from '../../validation';
import { locationField, skuField } from '../movement-input';
import { toDb } from '../quantity';
import { countInScope, idIn, requireOpen } from './count-record';
import { ownAvailable } from './own-stock';

export const addCountLineSchema = z.object({ sku: skuField, location: locationField });

export async function addCountLine(actor: Actor, input: unknown): Promise<{ lineId: number }> {
  requirePermission(actor, 'inventory.count');
  const countId = idIn(input, 'countId');
  return inTransaction(async (client) => {
    const count = await countInScope(client, actor, countId, 'share');
    requireOpen(count);
    const data = parseInput(addCountLineSchema, input);
    const { rows: items } = await client.query(render(sql`SELECT i.id, i.sku::text AS sku, i.active, k."serialTracked" AS serial_tracked FROM "Item" i JOIN "ItemKind" k ON k.code = i."kindCode" WHERE i.sku = ${data.sku}::citext`));
    const item = items[0];
    if (!item) throw invalid('sku', `Unknown SKU "${data.sku}".`);
    if (!item.active) throw invalid('sku', `Item ${item.sku} is inactive.`);
    if (item.serial_tracked) throw invalid('sku', `${item.sku} is serial-numbered: its units are counted by serial on the product page.`);
    const { rows: locations } = await client.query(
      render(sql`SELECT id, code::text AS code, active FROM "Location" WHERE code = ${data.location}::citext AND path LIKE ${`${count.root.path}%`}`),
    );
    const location = locations[0];
    if (!location || !location.active) throw invalid('location', `${data.location} is not a storage unit of this count (${count.root.code} and beneath).`);
    const expected = await ownAvailable(client, item.id, location.id);
    const { rows } = await client.query(
      render(sql`
        INSERT INTO "StockCountLine" ("countId", "itemId", "locationId", "expectedQuantity", added)
        VALUES (${count.id}, ${item.id}, ${location.id}, ${toDb(expected)}::numeric, true)
        ON CONFLICT ("countId", "locationId", "itemId") DO NOTHING
        RETURNING id`),
    );
    if (!rows[0]) {
      const message = `${item.sku} already has a line at ${location.code}.`;
      throw new DomainError('CONFLICT', message, { sku: message });
    }
    return { lineId: rows[0].id };
  });
}
