// Completing a lot receives its finished output into a storage unit: one ledger
// entry (production output) on a new batch naming the lot, costed at the lot's
// material cost per unit (the product's standard cost when nothing was issued),
// in one transaction with the status change. A serial-numbered product's lot
// makes its units with serials instead (complete-serial-lot.ts).
import { render, sql } from '../../../lib/db/sql';
import { inTransaction } from '../../../lib/db/transaction';
import { DomainError, invalid } from '../../../lib/errors';
import { postStockWithin } from '../../../lib/inventory/posting/post-stock';
import type { PostingResult } from '../../../lib/inventory/posting/types';
import { fromDb, parseQuantity, SCALE, toDb } from '../../../lib/inventory/quantity';
import { requirePluginPermission } from '../../../lib/plugins';
import type { Actor } from '../../../lib/roles/actor';
import { parseInput } from '../../../lib/validation';
import { completeSerialLot } from './complete-serial-lot';
import { LOT_REFERENCE, lotLedger, OUTPUT_KIND } from './lot-ledger';
import { completeLotSchema } from './lot-schemas';
import { lockLot } from './lot-scope';
import { locationOf, storageUnitFor } from './storage-unit';

const ONE = 10n ** BigInt(SCALE);

export interface CompletedLot {
  number: string;
  /** The output posting; null when a linked work order's QA approvals received the output. */
  groupId: string | null;
  entries: PostingResult['entries'];
  unitCost: string;
  /** Serial numbers of the output (serial-numbered products). */
  serials: string[];
}

/** Material cost per unit of output, to six decimals (rounded half up). */
export function unitCostOf(materialCost: string, output: bigint): string {
  const total = fromDb(materialCost);
  return toDb((total * ONE + output / 2n) / output);
}

export async function completeLot(actor: Actor, input: unknown): Promise<CompletedLot> {
  requirePluginPermission(actor, 'lots.issue');
  const data = parseInput(completeLotSchema, input);
  return inTransaction(async (client) => {
    const lot = await lockLot(client, actor, data.number);
    if (lot.status !== 'RELEASED' && lot.status !== 'IN_PROGRESS') {
      throw new DomainError('CONFLICT', `${lot.number} is ${lot.status.toLowerCase().replace('_', ' ')}; only a released lot or one in progress can be completed.`);
    }
    const { rows } = await client.query(
      render(sql`SELECT i.sku::text AS sku, u.decimals, i."standardCost"::text AS standard_cost, i."serialPattern" AS serial_pattern, k."serialTracked" AS serial_tracked
        FROM "Item" i JOIN "UnitOfMeasure" u ON u.code = i."unitCode" JOIN "ItemKind" k ON k.code = i."kindCode" WHERE i.id = ${lot.itemId}`),
    );
    const product = rows[0];
    let quantity = fromDb(lot.quantity);
    if (data.quantity !== undefined) {
      const q = parseQuantity(data.quantity, product.decimals);
      if (!q.ok) throw invalid('quantity', q.reason);
      if (q.value <= 0n) throw invalid('quantity', 'Enter a quantity above zero.');
      quantity = q.value;
    }
    const { materialCost } = await lotLedger(client, lot.number);
    const unitCost = fromDb(materialCost) > 0n ? unitCostOf(materialCost, quantity) : product.standard_cost;
    const completed = (output: Omit<CompletedLot, 'number' | 'unitCost'>) =>
      client
        .query(render(sql`UPDATE "ProductionLot" SET status = 'COMPLETED', "completionAt" = now() AT TIME ZONE 'UTC' WHERE id = ${lot.id}`))
        .then(() => ({ number: lot.number, unitCost, ...output }));
    if (product.serial_tracked) return completed(await completeSerialLot(client, actor, lot, product, quantity, data.location, unitCost));
    const at = await storageUnitFor(client, actor, locationOf(data.location));
    const posted = await postStockWithin(client, actor, {
      header: { kind: OUTPUT_KIND, reference: { kind: LOT_REFERENCE, number: lot.number }, note: `Output of ${lot.number}` },
      positions: [{ itemId: lot.itemId, locationId: at.id }],
      labels: { items: new Map([[lot.itemId, { sku: product.sku, decimals: product.decimals }]]), locations: new Map([[at.id, at.code]]) },
      plan: () => ({
        legs: [{ entryType: 'PRODUCTION_OUTPUT', itemId: lot.itemId, locationId: at.id, batch: { newBatch: 'output' }, status: 'AVAILABLE', quantity }],
        newBatches: [{ key: 'output', itemId: lot.itemId, unitCost, supplier: null, supplierLot: lot.number }],
      }),
    });
    return completed({ groupId: posted.groupId, entries: posted.entries, serials: [] });
  });
}
