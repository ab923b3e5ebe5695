// New batches for receipts and upward adjustments, numbered per item (#0001, ...),
// and the per-item placeholder batch (number 0) for stock that left unreceived.
import type { SqlClient } from '../../db/transaction';
import type { NewBatch } from './types';

export async function createBatch(client: SqlClient, b: NewBatch): Promise<{ id: bigint; number: number }> {
  const { rows } = await client.query(
    `WITH n AS (UPDATE "Item" SET "lastBatchNumber" = "lastBatchNumber" + 1 WHERE id = $1 RETURNING "lastBatchNumber")
     INSERT INTO "Batch" ("itemId", number, supplier, "supplierLot", "receivedAt", "unitCost", "expiresAt", "ownerId")
     SELECT $1, n."lastBatchNumber", $2, $3, COALESCE($4, now()), $5, $6, $7 FROM n
     RETURNING id, number`,
    [b.itemId, b.supplier ?? null, b.supplierLot ?? null, b.receivedAt ?? null, b.unitCost ?? null, b.expiresAt ?? null, b.ownerId ?? null],
  );
  return { id: BigInt(rows[0].id), number: rows[0].number };
}

export async function unreceivedBatchOf(client: SqlClient, itemId: number): Promise<bigint> {
  const { rows } = await client.query(
    `WITH ins AS (
       INSERT INTO "Batch" ("itemId", number, unreceived, "receivedAt") VALUES ($1, 0, true, now())
       ON CONFLICT ("itemId", number) DO NOTHING RETURNING id)
     SELECT id FROM ins UNION ALL SELECT id FROM "Batch" WHERE "itemId" = $1 AND number = 0 LIMIT 1`,
    [itemId],
  );
  return BigInt(rows[0].id);
}
