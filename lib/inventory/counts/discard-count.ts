// Throws a count away: nothing is booked, and it can no longer be counted or posted.
import { render, sql } from '../../db/sql';
import { inTransaction, pgCode } from '../../db/transaction';
import { DomainError } from '../../errors';
import { requirePermission, type Actor } from '../../roles/actor';
import { countInScope, idIn, requireOpen } from './count-record';

export async function discardCount(actor: Actor, input: unknown): Promise<{ id: number; number: string }> {
  requirePermission(actor, 'inventory.adjust');
  const countId = idIn(input, 'countId');
  try {
    return await inTransaction(async (client) => {
      await client.query(`SET LOCAL lock_timeout = '10s'`);
      const count = await countInScope(client, actor, countId, 'update');
      requireOpen(count);
      await client.query(render(sql`UPDATE "StockCount" SET status = 'DISCARDED', "discardedById" = ${actor.id}, "discardedAt" = now() WHERE id = ${count.id}`));
      return { id: count.id, number: count.number };
    });
  } catch (e) {
    if (pgCode(e) === '55P03') throw new DomainError('CONFLICT', 'This count is being saved by someone else right now. Try again in a moment.');
    throw e;
  }
}
