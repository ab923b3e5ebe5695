// A counter enters what is on the shelf for one line. Stored with it: the
// system's own available stock at that very moment, so postings made later
// while the count is open are not mistaken for a counting difference.
// Recounting a line overwrites it while the count is open.
import { render, sql } from '../../db/sql';
import { inTransaction } from '../../db/transaction';
import { invalid, notFound } from '../../errors';
import { requirePermission, type Actor } from '../../roles/actor';
import { formatQuantity, parseQuantity, toDb, type Qty } from '../quantity';
import { countInScope, idIn, requireOpen } from './count-record';
import { ownAvailable } from './own-stock';

export interface RecordedCount {
  lineId: number;
  counted: string;
  countedAt: Date;
}

function countedQuantity(raw: unknown, decimals: number): Qty {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) throw invalid('counted', 'Enter the quantity you counted.');
  const parsed = parseQuantity(raw, decimals);
  if (!parsed.ok) throw invalid('counted', parsed.reason);
  if (parsed.value < 0n) throw invalid('counted', 'A counted quantity cannot be negative.');
  return parsed.value;
}

export async function recordCount(actor: Actor, input: unknown): Promise<RecordedCount> {
  requirePermission(actor, 'inventory.count');
  const countId = idIn(input, 'countId');
  const lineId = idIn(input, 'lineId', 'Count line');
  return inTransaction(async (client) => {
    const count = await countInScope(client, actor, countId, 'share');
    requireOpen(count);
    const { rows } = await client.query(
      render(sql`
        SELECT ln."itemId" AS item_id, ln."locationId" AS location_id, u.decimals
        FROM "StockCountLine" ln JOIN "Item" i ON i.id = ln."itemId" JOIN "UnitOfMeasure" u ON u.code = i."unitCode"
        WHERE ln.id = ${lineId} AND ln."countId" = ${count.id}`),
    );
    const line = rows[0];
    if (!line) throw notFound('Count line');
    const counted = countedQuantity((input as Record<string, unknown>).counted, line.decimals);
    const system = await ownAvailable(client, line.item_id, line.location_id);
    const { rows: saved } = await client.query(
      render(sql`
        UPDATE "StockCountLine"
        SET "countedQuantity" = ${toDb(counted)}::numeric, "systemQuantity" = ${toDb(system)}::numeric, "countedById" = ${actor.id}, "countedAt" = now()
        WHERE id = ${lineId}
        RETURNING "countedAt"`),
    );
    return { lineId, counted: formatQuantity(counted, line.decimals), countedAt: saved[0].countedAt };
  });
}
