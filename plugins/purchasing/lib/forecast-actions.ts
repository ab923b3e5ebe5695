// What a buyer does with the roll-up: draft purchase orders for the shortfalls,
// one per preferred supplier, asking only for what draft orders do not already
// hold (pressing twice drafts nothing twice), and a CSV of the forecast.
import { csvLine } from '../../../lib/csv';
import { inTransaction } from '../../../lib/db/transaction';
import { fromDb, toDb } from '../../../lib/inventory/quantity';
import { requirePluginPermission } from '../../../lib/plugins/plugin-guard';
import type { Actor } from '../../../lib/roles/actor';
import { insertPurchaseOrder } from './create-purchase-order';
import { forecastAll, type ForecastRow } from './forecast';
import { stillToDraft } from './forecast-arithmetic';

export interface DraftsForShortfalls {
  /** The draft orders made, one per supplier. */
  orders: { number: string; supplier: string; lines: number }[];
  /** Components short without a preferred supplier: skipped. */
  noSupplier: string[];
  /** Components whose shortfall draft orders already hold: nothing new drafted (placing the drafts orders them). */
  onDrafts: string[];
}

type ToDraft = ForecastRow & { quantity: string };

export async function createDraftPosForShortfalls(actor: Actor): Promise<DraftsForShortfalls> {
  requirePluginPermission(actor, 'purchasing.manage');
  return inTransaction(async (client) => {
    // One run at a time: a second press waits for the first's drafts, then sees them and drafts only what is left.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('purchasing:drafts-for-shortfalls'))`);
    const short = (await forecastAll(actor, client)).filter((r) => fromDb(r.shortfall) > 0n);
    const onDrafts = short.filter((r) => stillToDraft(fromDb(r.shortfall), fromDb(r.onDraft)) === 0n).map((r) => r.sku);
    const wanted: ToDraft[] = short.flatMap((r) => {
      const q = stillToDraft(fromDb(r.shortfall), fromDb(r.onDraft));
      return q > 0n ? [{ ...r, quantity: toDb(q) }] : [];
    });
    const noSupplier = wanted.filter((r) => !r.preferredSupplier).map((r) => r.sku);
    const bySupplier = new Map<string, ToDraft[]>();
    for (const r of wanted) if (r.preferredSupplier) bySupplier.set(r.preferredSupplier, [...(bySupplier.get(r.preferredSupplier) ?? []), r]);
    const orders: DraftsForShortfalls['orders'] = [];
    if (!bySupplier.size) return { orders, noSupplier, onDrafts };
    // The price of the item's last order line from that supplier, else zero for the buyer to fill in.
    const { rows } = await client.query(
      `SELECT DISTINCT ON (p.code, i.id) p.id AS supplier_id, p.code::text AS supplier, i.id AS item_id, i.sku::text AS sku, l."unitPrice"::text AS price
       FROM "Item" i CROSS JOIN "Partner" p
       LEFT JOIN LATERAL (SELECT pl."itemId", pl."unitPrice" FROM "PurchaseOrderLine" pl JOIN "PurchaseOrder" o ON o.id = pl."orderId"
                          WHERE pl."itemId" = i.id AND o."supplierId" = p.id ORDER BY o.id DESC LIMIT 1) l ON TRUE
       WHERE i.sku = ANY($1::citext[]) AND p.code = ANY($2::citext[]) AND p.kind = 'SUPPLIER'`,
      [wanted.map((r) => r.sku), [...bySupplier.keys()]],
    );
    const found = new Map(rows.map((r) => [`${r.supplier}:${r.sku}`, r]));
    for (const [supplier, lines] of [...bySupplier].sort(([a], [b]) => a.localeCompare(b))) {
      const known = lines.filter((l) => found.has(`${supplier}:${l.sku}`));
      if (!known.length) continue;
      const first = found.get(`${supplier}:${known[0].sku}`)!;
      const number = await insertPurchaseOrder(
        client,
        actor,
        { supplierId: first.supplier_id, status: 'DRAFT', note: 'Draft for the forecast shortfalls.' },
        known.map((l) => ({ itemId: found.get(`${supplier}:${l.sku}`)!.item_id, quantity: l.quantity, unitPrice: found.get(`${supplier}:${l.sku}`)!.price ?? '0', expectedAt: null })),
      );
      orders.push({ number, supplier, lines: known.length });
    }
    return { orders, noSupplier, onDrafts };
  });
}

export const FORECAST_CSV_HEADER = ['sku', 'name', 'unit', 'required', 'on_hand', 'allocated_elsewhere', 'on_order', 'expected_at', 'shortfall', 'preferred_supplier'];

/** The roll-up as CSV (formula-like cells neutralised). */
export async function forecastCsv(actor: Actor): Promise<string> {
  const rows = await forecastAll(actor);
  return (
    csvLine(FORECAST_CSV_HEADER) +
    rows.map((r) => csvLine([r.sku, r.name, r.unit, r.required, r.onHand, r.allocatedElsewhere, r.onOrder, r.expectedAt, r.shortfall, r.preferredSupplier])).join('')
  );
}
