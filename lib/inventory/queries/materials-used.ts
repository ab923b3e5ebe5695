// What was used against a document (a work order, a production lot): materials
// consumed by postings that name it, less their reversals (and rolled-back scan
// sessions), valued at the cost of the batches FIFO took (the item's standard
// cost where a batch has none).
import type { Pool } from 'pg';
import { formatQuantity, fromDb, valueOf, type Qty } from '../quantity';

export interface MaterialUse {
  itemId: number;
  sku: string;
  name: string;
  unit: string;
  quantity: string;
  /** Exact consumed quantity, for arithmetic. */
  consumed: Qty;
  value: string;
}

/** Postings naming the reference and the reversals of those postings, each with the kind of the posting it belongs to. */
export const referenceGroupsSql = `WITH groups AS (
       SELECT g.id, g.kind FROM "PostingGroup" g WHERE g."refKind" = $2 AND g."refNumber" = $1
       UNION ALL
       SELECT r.id, g.kind FROM "PostingGroup" g JOIN "PostingGroup" r ON r."reversesGroupId" = g.id WHERE g."refKind" = $2 AND g."refNumber" = $1)`;

export async function materialsUsed(
  db: Pick<Pool, 'query'>,
  reference: { kind: string; number: string },
  /** Postings of this kind are not material use (a lot's finished output, say). */
  exceptKind: string | null = null,
): Promise<{ materials: MaterialUse[]; materialCost: string }> {
  const { rows } = await db.query(
    `${referenceGroupsSql}
     SELECT i.id AS item_id, i.sku::text AS sku, i.name, u.code AS unit, u.decimals, (-sum(e.quantity))::text AS quantity,
            (-sum(e.quantity * coalesce(b."unitCost", i."standardCost")))::numeric(20, 2)::text AS value
     FROM groups JOIN "LedgerEntry" e ON e."groupId" = groups.id AND e."entryType" IN ('CONSUMPTION', 'REVERSAL')
     JOIN "Item" i ON i.id = e."itemId" JOIN "UnitOfMeasure" u ON u.code = i."unitCode" JOIN "Batch" b ON b.id = e."batchId"
     WHERE $3::text IS NULL OR groups.kind <> $3::text
     GROUP BY i.id, u.code HAVING sum(e.quantity) <> 0 ORDER BY i.sku`,
    [reference.number, reference.kind, exceptKind],
  );
  const materials = rows.map((r) => {
    const consumed = fromDb(r.quantity);
    return { itemId: r.item_id, sku: r.sku, name: r.name, unit: r.unit, quantity: formatQuantity(consumed, r.decimals), consumed, value: r.value };
  });
  const total = rows.reduce((sum, r) => sum + fromDb(r.value), 0n);
  return { materials, materialCost: valueOf(total, '1') };
}
