// A posted group as the API and screens show it; also answers a repeated
// request with the same idempotency key.
import type { SqlClient } from '../../db/transaction';
import { batchLabel } from '../lots';
import { formatQuantity, fromDb } from '../quantity';
import type { PostedEntry, PostingResult } from './types';

export const statusName = (s: string) => s.toLowerCase() as PostedEntry['status'];

export async function readPosting(client: Pick<SqlClient, 'query'>, groupId: string, replayed: boolean): Promise<PostingResult> {
  const { rows } = await client.query(
    `SELECT g.kind, e."entryType", i.sku, u.decimals, l.code, b.number, e.status, e.quantity, e."balanceBefore", e."balanceAfter"
     FROM "PostingGroup" g
     JOIN "LedgerEntry" e ON e."groupId" = g.id
     JOIN "Item" i ON i.id = e."itemId"
     JOIN "UnitOfMeasure" u ON u.code = i."unitCode"
     JOIN "Location" l ON l.id = e."locationId"
     JOIN "Batch" b ON b.id = e."batchId"
     WHERE g.id = $1 ORDER BY e.id`,
    [groupId],
  );
  return {
    groupId,
    kind: rows[0]?.kind ?? '',
    replayed,
    entries: rows.map((r) => ({
      entryType: r.entryType,
      sku: r.sku,
      location: r.code,
      batch: batchLabel(r.number),
      status: statusName(r.status),
      quantity: formatQuantity(fromDb(r.quantity), r.decimals),
      balanceBefore: formatQuantity(fromDb(r.balanceBefore), r.decimals),
      balanceAfter: formatQuantity(fromDb(r.balanceAfter), r.decimals),
    })),
  };
}
