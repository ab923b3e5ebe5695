// What the ledger says about a lot: materials consumed against it (postings that
// name the lot, less their reversals), valued at the cost of the batches FIFO
// took (the item's standard cost where a batch has none), and the output
// received. Materials come from core (lib/inventory/queries/materials-used.ts).
import type { Pool } from 'pg';
import { materialsUsed, referenceGroupsSql, type MaterialUse } from '../../../lib/inventory/queries/materials-used';
import { fromDb, type Qty } from '../../../lib/inventory/quantity';

export const LOT_REFERENCE = 'production_lot';
/** Posting kind of the finished output, so its reversal is not read as material. */
export const OUTPUT_KIND = 'production_output';

export type { MaterialUse };

export interface LotLedger {
  materials: MaterialUse[];
  materialCost: string;
  /** Output received into stock, in the product's unit (exact). */
  output: Qty;
}

export async function lotLedger(db: Pick<Pool, 'query'>, lotNumber: string): Promise<LotLedger> {
  const [used, output] = await Promise.all([
    materialsUsed(db, { kind: LOT_REFERENCE, number: lotNumber }, OUTPUT_KIND),
    db.query(
      `${referenceGroupsSql}
       SELECT coalesce(sum(e.quantity), 0)::text AS quantity
       FROM groups JOIN "LedgerEntry" e ON e."groupId" = groups.id AND e."entryType" IN ('PRODUCTION_OUTPUT', 'REVERSAL')
       WHERE groups.kind = $3`,
      [lotNumber, LOT_REFERENCE, OUTPUT_KIND],
    ),
  ]);
  return { ...used, output: fromDb(output.rows[0].quantity) };
}
