// Closing a lot ends it: nothing more is issued or received against it, and its
// allocations shrink to what it actually consumed, so the rest is free again.
// A planned or released lot may be closed too (it was not made).
import { render, sql } from '../../../lib/db/sql';
import { inTransaction } from '../../../lib/db/transaction';
import { DomainError } from '../../../lib/errors';
import { toDb } from '../../../lib/inventory/quantity';
import { requirePluginPermission } from '../../../lib/plugins';
import type { Actor } from '../../../lib/roles/actor';
import { parseInput } from '../../../lib/validation';
import { lotLedger } from './lot-ledger';
import { lotNumberSchema } from './lot-schemas';
import { lockLot } from './lot-scope';

export async function closeLot(actor: Actor, input: unknown): Promise<{ number: string; status: 'CLOSED' }> {
  requirePluginPermission(actor, 'lots.manage');
  const { number } = parseInput(lotNumberSchema, input);
  return inTransaction(async (client) => {
    const lot = await lockLot(client, actor, number);
    if (lot.status === 'CLOSED') throw new DomainError('CONFLICT', `${lot.number} is closed already.`);
    const { materials } = await lotLedger(client, lot.number);
    await client.query(
      render(sql`UPDATE "LotAllocation" a SET quantity = LEAST(a.quantity, greatest(coalesce(t.consumed, 0), 0))
        FROM "LotAllocation" x LEFT JOIN unnest(${materials.map((m) => m.itemId)}::int[], ${materials.map((m) => toDb(m.consumed))}::numeric[]) AS t(item, consumed) ON t.item = x."itemId"
        WHERE a.id = x.id AND a."lotId" = ${lot.id}`),
    );
    await client.query(render(sql`UPDATE "ProductionLot" SET status = 'CLOSED' WHERE id = ${lot.id}`));
    return { number: lot.number, status: 'CLOSED' as const };
  });
}
