// Receiving a purchase order: each line's quantity into a storage unit as a new
// batch carrying the supplier and the line's unit price, through the one posting
// path, all lines or none, in one transaction with the lines' received
// quantities and the order's status. More than a line still expects is refused
// on that line. Like a plain receipt, stock that already left the storage unit
// unreceived (negative stock allowed at the site) is settled first.
import { DomainError } from '../../../lib/errors';
import { requestHash } from '../../../lib/inventory/movement-input';
import { postStockWithin } from '../../../lib/inventory/posting/post-stock';
import type { Leg, NewBatch, PostingResult } from '../../../lib/inventory/posting/types';
import { formatQuantity, fromDb, minQty, parseQuantity, toDb, type Qty } from '../../../lib/inventory/quantity';
import { refuseSerialTracked, resolveTargets, type ResolvedItem, type ResolvedLocation } from '../../../lib/inventory/resolve';
import { inReplaySafeTransaction, refuseReplay } from '../../../lib/inventory/transit/replay-safe';
import { requirePluginPermission } from '../../../lib/plugins/plugin-guard';
import type { Actor } from '../../../lib/roles/actor';
import { parseInput } from '../../../lib/validation';
import { loadPurchaseOrder, type PurchaseOrderStatus } from './get-purchase-order';
import { refuseFields } from './create-purchase-order';
import { receivePurchaseOrderSchema } from './purchase-order-schemas';
import { pool } from '../../../lib/db/pool';

export interface PurchaseOrderReceipt extends PostingResult {
  number: string;
  status: PurchaseOrderStatus;
}

type Errors = Record<string, string>;

export async function receivePurchaseOrder(actor: Actor, input: unknown): Promise<PurchaseOrderReceipt> {
  requirePluginPermission(actor, 'purchasing.receive');
  const data = parseInput(receivePurchaseOrderSchema, input);
  const number = data.number.toUpperCase();
  const header = {
    kind: 'receipt',
    idempotencyKey: data.idempotencyKey,
    requestHash: requestHash('purchase_order_receipt', { number, lines: data.lines }),
    reference: { kind: 'purchase_order', number },
  };
  const statusNow = async () => (await pool().query(`SELECT status::text AS status FROM "PurchaseOrder" WHERE number = $1::citext`, [number])).rows[0]?.status;
  return inReplaySafeTransaction(
    actor,
    header,
    async (client) => {
      const po = await loadPurchaseOrder(client, actor, data.number, true);
      if (po.status !== 'PLACED' && po.status !== 'PARTIALLY_RECEIVED')
        throw new DomainError('CONFLICT', `${po.number} is ${po.status.toLowerCase().replace('_', ' ')}: only a placed order is received.`);
      const errors: Errors = {};
      const byLine = new Map<number, Qty>();
      const targets: { item: ResolvedItem; location: ResolvedLocation; quantity: Qty; lineId: number; unitPrice: string }[] = [];
      for (const [i, line] of data.lines.entries()) {
        const poLine = po.lines.find((l) => l.sku.toUpperCase() === line.sku.toUpperCase());
        if (!poLine) {
          errors[`lines.${i}.sku`] = `${line.sku} is not on ${po.number}.`;
          continue;
        }
        let resolved;
        try {
          resolved = await resolveTargets(actor, poLine.sku, [{ code: line.location, field: `lines.${i}.location` }]);
          refuseSerialTracked(resolved.item);
        } catch (e) {
          if (e instanceof DomainError && e.code === 'INVALID_INPUT') {
            for (const [field, message] of Object.entries(e.fieldErrors)) errors[field === 'sku' ? `lines.${i}.sku` : field] = message;
            continue;
          }
          throw e;
        }
        const q = parseQuantity(line.quantity, poLine.decimals);
        if (!q.ok) errors[`lines.${i}.quantity`] = q.reason;
        else if (q.value <= 0n) errors[`lines.${i}.quantity`] = 'Enter a quantity above zero.';
        else {
          const taken = (byLine.get(poLine.id) ?? 0n) + q.value;
          const open = fromDb(poLine.quantity) - fromDb(poLine.received);
          byLine.set(poLine.id, taken);
          if (taken > open) errors[`lines.${i}.quantity`] = `Only ${formatQuantity(open > 0n ? open : 0n, poLine.decimals)} ${poLine.unit} of ${poLine.sku} are still expected on ${po.number}.`;
          else targets.push({ item: resolved.item, location: resolved.locations[0], quantity: q.value, lineId: poLine.id, unitPrice: poLine.unitPrice });
        }
      }
      refuseFields(errors);

      const positions = [...new Map(targets.map((t) => [`${t.item.id}:${t.location.id}`, { itemId: t.item.id, locationId: t.location.id }])).values()];
      const posted = await postStockWithin(client, actor, {
        header,
        positions,
        labels: {
          items: new Map(targets.map((t) => [t.item.id, { sku: t.item.sku, decimals: t.item.decimals }])),
          locations: new Map(targets.map((t) => [t.location.id, t.location.code])),
        },
        plan: (lots) => {
          const legs: Leg[] = [];
          const newBatches: NewBatch[] = [];
          const owedLeft = new Map<string, Qty>();
          for (const l of lots) if (l.unreceived && l.status === 'AVAILABLE' && l.quantity < 0n) owedLeft.set(`${l.itemId}:${l.locationId}`, -l.quantity);
          targets.forEach((t, i) => {
            const at = `${t.item.id}:${t.location.id}`;
            const settle = minQty(t.quantity, owedLeft.get(at) ?? 0n);
            if (settle > 0n) {
              owedLeft.set(at, owedLeft.get(at)! - settle);
              legs.push({ entryType: 'RECEIPT', itemId: t.item.id, locationId: t.location.id, batch: { unreceivedOf: t.item.id }, status: 'AVAILABLE', quantity: settle });
            }
            const rest = t.quantity - settle;
            if (rest > 0n) {
              const key = `line-${i}`;
              legs.push({ entryType: 'RECEIPT', itemId: t.item.id, locationId: t.location.id, batch: { newBatch: key }, status: 'AVAILABLE', quantity: rest });
              newBatches.push({ key, itemId: t.item.id, supplier: po.supplier.name, unitCost: t.unitPrice, ownerId: null });
            }
          });
          return { legs, newBatches };
        },
      });
      refuseReplay(posted);
      for (const [lineId, quantity] of byLine) await client.query(`UPDATE "PurchaseOrderLine" SET received = received + $2::numeric WHERE id = $1`, [lineId, toDb(quantity)]);
      const { rows } = await client.query(
        `UPDATE "PurchaseOrder" o SET status = CASE WHEN NOT EXISTS (SELECT 1 FROM "PurchaseOrderLine" l WHERE l."orderId" = o.id AND l.received < l.quantity)
           THEN 'RECEIVED'::"PurchaseOrderStatus" ELSE 'PARTIALLY_RECEIVED'::"PurchaseOrderStatus" END
         WHERE o.id = $1 RETURNING status::text AS status`,
        [po.id],
      );
      return { number: po.number, status: rows[0].status as PurchaseOrderStatus, ...posted };
    },
    async (first) => ({ number, status: (await statusNow()) as PurchaseOrderStatus, ...first }),
  );
}
