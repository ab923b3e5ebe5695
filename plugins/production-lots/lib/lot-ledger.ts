// What the ledger says about a lot: materials consumed against it (postings that
// name the lot, less their reversals), valued at the cost of the batches FIFO
// took (the item's standard cost where a batch has none), and the output
// received. Same shape as lib/serials/work-order-materials.ts.
import type { Pool } from 'pg';
import { formatQuantity, fromDb, valueOf, type Qty } from '../../../lib/inventory/quantity';

export const LOT_REFERENCE = 'production_lot';
/** Posting kind of the finished output, so its reversal is not read as material. */
export const OUTPUT_KIND = 'production_output';

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

export interface LotLedger {
  materials: MaterialUse[];
  materialCost: string;
  /** Output received into stock, in the product's unit (exact). */
  output: Qty;
}

export async function lotLedger(db: Pick<Pool, 'query'>, lotNumber: string): Promise<LotLedger> {
  const groups = `WITH groups AS (
       SELECT g.id, g.kind FROM "PostingGroup" g WHERE g."refKind" = $2 AND g."refNumber" = $1
       UNION ALL
       SELECT r.id, g.kind FROM "PostingGroup" g JOIN "PostingGroup" r ON r."reversesGroupId" = g.id WHERE g."refKind" = $2 AND g."refNumber" = $1)`;
  const [materials, output] = await Promise.all([
    db.query(
      `${groups}
       SELECT i.id AS item_id, i.sku::text AS sku, i.name, u.code AS unit, u.decimals, (-sum(e.quantity))::text AS quantity,
              (-sum(e.quantity * coalesce(b."unitCost", i."standardCost")))::numeric(20, 2)::text AS value
       FROM groups JOIN "LedgerEntry" e ON e."groupId" = groups.id AND e."entryType" IN ('CONSUMPTION', 'REVERSAL')
       JOIN "Item" i ON i.id = e."itemId" JOIN "UnitOfMeasure" u ON u.code = i."unitCode" JOIN "Batch" b ON b.id = e."batchId"
       WHERE groups.kind <> $3
       GROUP BY i.id, u.code HAVING sum(e.quantity) <> 0 ORDER BY i.sku`,
      [lotNumber, LOT_REFERENCE, OUTPUT_KIND],
    ),
    db.query(
      `${groups}
       SELECT coalesce(sum(e.quantity), 0)::text AS quantity
       FROM groups JOIN "LedgerEntry" e ON e."groupId" = groups.id AND e."entryType" IN ('PRODUCTION_OUTPUT', 'REVERSAL')
       WHERE groups.kind = $3`,
      [lotNumber, LOT_REFERENCE, OUTPUT_KIND],
    ),
  ]);
  const rows = materials.rows.map((r) => {
    const consumed = fromDb(r.quantity);
    return { itemId: r.item_id, sku: r.sku, name: r.name, unit: r.unit, quantity: formatQuantity(consumed, r.decimals), consumed, value: r.value };
  });
  const total = materials.rows.reduce((sum, r) => sum + fromDb(r.value), 0n);
  return { materials: rows, materialCost: valueOf(total, '1'), output: fromDb(output.rows[0].quantity) };
}
