// Completing a lot of a serial-numbered product. Two cases, as a planner runs them:
// - Made as a lot (no work order): completing it makes its units. Each gets the
//   next serial of the product's pattern and enters stock at the chosen storage
//   unit on its own batch of one, all in one production-output posting naming
//   the lot (core's receiveNewUnits, the one write path), costed at the lot's
//   material cost per unit; the units are In Stock at the product's last stage,
//   because the lot, not a stage-by-stage work order, is their production record.
// - Made on a linked work order: its serials were made with the order, pass
//   their stages and enter stock by QA approval there (core). Completing the
//   lot records the end once none of them is still in production; it posts
//   nothing, since the approvals did.
// Either way the lot's serials are read back by lotSerials (lot-ledger.ts).
import { render, sql } from '../../../lib/db/sql';
import type { SqlClient } from '../../../lib/db/transaction';
import { DomainError, invalid } from '../../../lib/errors';
import type { PostingResult } from '../../../lib/inventory/posting/types';
import { SCALE, type Qty } from '../../../lib/inventory/quantity';
import type { Actor } from '../../../lib/roles/actor';
import { receiveNewUnits } from '../../../lib/serials/receive-new-units';
import { WORK_ORDER_QUANTITY_MAX } from '../../../lib/serials/work-order-schemas';
import { LOT_REFERENCE, OUTPUT_KIND } from './lot-ledger';
import type { LockedLot } from './lot-scope';
import { locationOf, storageUnitFor } from './storage-unit';

const ONE = 10n ** BigInt(SCALE);

export interface SerialOutput {
  groupId: string | null;
  entries: PostingResult['entries'];
  serials: string[];
}

interface Product {
  sku: string;
  serial_pattern: string | null;
}

export async function completeSerialLot(client: SqlClient, actor: Actor, lot: LockedLot, product: Product, quantity: Qty, location: string | null, unitCost: string): Promise<SerialOutput> {
  if (lot.workOrderId !== null) return endOnWorkOrder(client, lot);
  if (quantity % ONE !== 0n) throw invalid('quantity', `${product.sku} is serial-numbered: enter a whole number of units.`);
  const count = Number(quantity / ONE);
  if (count > WORK_ORDER_QUANTITY_MAX) throw invalid('quantity', `At most ${WORK_ORDER_QUANTITY_MAX.toLocaleString('en-US')} serial-numbered units at once.`);
  const at = await storageUnitFor(client, actor, locationOf(location));
  const made = await receiveNewUnits(client, actor, {
    product: { id: lot.itemId, sku: product.sku, serialPattern: product.serial_pattern },
    count,
    at: { locationId: at.id, code: at.code },
    departmentId: lot.departmentId,
    entryType: 'PRODUCTION_OUTPUT',
    header: { kind: OUTPUT_KIND, reference: { kind: LOT_REFERENCE, number: lot.number }, note: `Output of ${lot.number}` },
    unitCost,
    supplierLot: lot.number,
    event: { action: 'produced', note: `Output of ${lot.number} at ${at.code}`, reference: lot.number },
  });
  return { groupId: made.groupId, entries: made.entries, serials: made.serials };
}

async function endOnWorkOrder(client: SqlClient, lot: LockedLot): Promise<SerialOutput> {
  const { rows } = await client.query(
    render(sql`SELECT w.number::text AS number, count(s.id) FILTER (WHERE s.status = 'IN_PRODUCTION')::int AS open,
        coalesce(array_agg(s.serial::text ORDER BY s.id) FILTER (WHERE s.id IS NOT NULL), '{}') AS serials
      FROM "WorkOrder" w LEFT JOIN "SerialUnit" s ON s."workOrderId" = w.id WHERE w.id = ${lot.workOrderId} GROUP BY w.id`),
  );
  const order = rows[0];
  if (order.open > 0) {
    throw new DomainError('CONFLICT', `${lot.number} is made on ${order.number}: ${order.open} of its units are still in production. They enter stock when QA approves each serial there; complete the lot after.`);
  }
  return { groupId: null, entries: [], serials: order.serials };
}
