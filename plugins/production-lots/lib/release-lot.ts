// Releasing a planned lot reserves its components: one allocation per BOM line,
// quantity per unit × lot quantity (rounded up to the component's unit), written
// with the status change in one transaction.
import { render, sql } from '../../../lib/db/sql';
import { inTransaction } from '../../../lib/db/transaction';
import { DomainError } from '../../../lib/errors';
import { fromDb, toDb } from '../../../lib/inventory/quantity';
import { requirePluginPermission } from '../../../lib/plugins';
import type { Actor } from '../../../lib/roles/actor';
import { parseInput } from '../../../lib/validation';
import { lotNumberSchema } from './lot-schemas';
import { lockLot } from './lot-scope';
import { requiredQuantity } from './required-quantity';

export async function releaseLot(actor: Actor, input: unknown): Promise<{ number: string; status: 'RELEASED'; allocations: number }> {
  requirePluginPermission(actor, 'lots.manage');
  const { number } = parseInput(lotNumberSchema, input);
  return inTransaction(async (client) => {
    const lot = await lockLot(client, actor, number);
    if (lot.status !== 'PLANNED') throw new DomainError('CONFLICT', `${lot.number} is ${lot.status.toLowerCase().replace('_', ' ')}; only a planned lot can be released.`);
    const { rows } = await client.query(
      render(sql`SELECT l."itemId" AS item_id, l."quantityPer"::text AS quantity_per, u.decimals
        FROM "BomLine" l JOIN "Item" i ON i.id = l."itemId" JOIN "UnitOfMeasure" u ON u.code = i."unitCode" WHERE l."bomId" = ${lot.bomId} ORDER BY l.position`),
    );
    const lotQuantity = fromDb(lot.quantity);
    const allocations = rows.map((r) => ({ itemId: r.item_id as number, quantity: toDb(requiredQuantity(fromDb(r.quantity_per), lotQuantity, r.decimals)) }));
    await client.query(
      render(sql`INSERT INTO "LotAllocation" ("lotId", "itemId", quantity)
        SELECT ${lot.id}, t.item, t.qty FROM unnest(${allocations.map((a) => a.itemId)}::int[], ${allocations.map((a) => a.quantity)}::numeric[]) AS t(item, qty)`),
    );
    await client.query(render(sql`UPDATE "ProductionLot" SET status = 'RELEASED' WHERE id = ${lot.id}`));
    return { number: lot.number, status: 'RELEASED' as const, allocations: allocations.length };
  });
}
