// What a work order has used: materials consumed against it (through the
// ledger: consumption postings that name the work order, less their reversals
// and rolled-back scan sessions), valued at the cost of the batches FIFO took
// (the item's standard cost where a batch has none).
import type { Pool } from 'pg';
import { formatQuantity, fromDb, valueOf } from '../inventory/quantity';

export interface MaterialUse {
  sku: string;
  name: string;
  unit: string;
  quantity: string;
  value: string;
}

export async function materialsOf(db: Pick<Pool, 'query'>, workOrderNumber: string): Promise<{ materials: MaterialUse[]; materialCost: string }> {
  const { rows } = await db.query(
    `WITH groups AS (
       SELECT g.id FROM "PostingGroup" g WHERE g."refKind" = 'work_order' AND g."refNumber" = $1
       UNION ALL
       SELECT r.id FROM "PostingGroup" g JOIN "PostingGroup" r ON r."reversesGroupId" = g.id WHERE g."refKind" = 'work_order' AND g."refNumber" = $1)
     SELECT i.sku, i.name, u.code AS unit, u.decimals, (-sum(e.quantity))::text AS quantity,
            (-sum(e.quantity * coalesce(b."unitCost", i."standardCost")))::numeric(20, 2)::text AS value
     FROM groups JOIN "LedgerEntry" e ON e."groupId" = groups.id AND e."entryType" IN ('CONSUMPTION', 'REVERSAL')
     JOIN "Item" i ON i.id = e."itemId" JOIN "UnitOfMeasure" u ON u.code = i."unitCode" JOIN "Batch" b ON b.id = e."batchId"
     GROUP BY i.id, u.code HAVING sum(e.quantity) <> 0 ORDER BY i.sku`,
    [workOrderNumber],
  );
  const materials = rows.map((r) => ({ sku: r.sku, name: r.name, unit: r.unit, quantity: formatQuantity(fromDb(r.quantity), r.decimals), value: r.value }));
  const total = rows.reduce((sum, r) => sum + fromDb(r.value), 0n);
  return { materials, materialCost: valueOf(total, '1') };
}
