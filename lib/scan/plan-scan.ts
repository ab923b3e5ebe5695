// Turns the scanned lines of a session into ledger legs, pure: every line gets
// its outcome (what it takes, from which lots) or an error in plain words, and
// the legs are only usable when no line has an error. The same plan serves the
// preview (on the lots as read) and the commit (on the lots locked).
import { isExpired, pickLots } from '../inventory/fifo';
import type { Lot } from '../inventory/lots';
import { batchLabel } from '../inventory/lots';
import type { Leg, NewBatch } from '../inventory/posting/types';
import { formatQuantity, SCALE, type Qty } from '../inventory/quantity';
import type { Scanned, ScannedItem } from './lookup-codes';

export type ScanWorkflow = 'sales' | 'production' | 'general';
export type GeneralAction = 'receive' | 'move' | 'consume' | 'count';

export interface PlannedLine {
  index: number;
  scanned: Scanned;
  /** The quantity asked for (null: one unit; a count line must give it). */
  quantity: Qty | null;
  supplierLot?: string | null;
}

export interface ScanContext {
  workflow: ScanWorkflow;
  action?: GeneralAction;
  /** Where stock leaves from (sales, production, move, consume) or the place received into / counted. */
  source: { id: number; code: string } | null;
  /** Move destination. */
  destination: { id: number; code: string } | null;
  /** Sales: the order's open quantity per item. */
  openByItem?: Map<number, { lineId: number; open: Qty }>;
  /** Where each serial's batch is now (batch id -> storage unit). */
  serialPlaces: Map<bigint, { id: number; code: string }>;
  lots: Lot[];
  now?: Date;
}

export interface LineOutcome {
  index: number;
  code: string;
  kind: Scanned['kind'];
  sku: string | null;
  name: string | null;
  unit: string | null;
  quantity: string | null;
  from: string | null;
  lots: { batch: string; quantity: string }[];
  error: string | null;
}

export interface ScanPlan {
  lines: LineOutcome[];
  legs: Leg[];
  newBatches: NewBatch[];
  /** Serial units the session delivers (sales) or moves, by line. */
  serials: { lineIndex: number; serialId: number; itemId: number }[];
  /** Sales: quantity delivered per order line. */
  delivered: Map<number, Qty>;
  ok: boolean;
}

const ONE = 10n ** BigInt(SCALE);
const ENTRY = { sales: 'SHIPMENT', production: 'CONSUMPTION' } as const;

export function planScan(lines: PlannedLine[], ctx: ScanContext): ScanPlan {
  const now = ctx.now ?? new Date();
  // Lots as they stand after the lines before this one took their share.
  const left = new Map(ctx.lots.map((l) => [l.balanceId, l.quantity]));
  const current = (l: Lot): Lot => ({ ...l, quantity: left.get(l.balanceId) ?? 0n });
  const openLeft = new Map([...(ctx.openByItem ?? new Map()).entries()].map(([k, v]) => [k, v.open]));
  const plan: ScanPlan = { lines: [], legs: [], newBatches: [], serials: [], delivered: new Map(), ok: true };

  for (const line of lines) {
    const s = line.scanned;
    const item: ScannedItem | null = s.kind === 'item' || s.kind === 'lot' || s.kind === 'serial' ? s.item : null;
    const out: LineOutcome = { index: line.index, code: s.code, kind: s.kind, sku: item?.sku ?? null, name: item?.name ?? null, unit: item?.unit ?? null, quantity: null, from: null, lots: [], error: null };
    plan.lines.push(out);
    const fail = (message: string) => {
      out.error = message;
      plan.ok = false;
    };
    if (s.kind === 'unknown') { fail(`Unknown code "${s.code}".`); continue; }
    if (s.kind === 'location') { fail(`${s.location.code} is a storage unit: scan it as the location, not as a line.`); continue; }
    if (!item!.active) { fail(`${item!.sku} is inactive.`); continue; }
    const fmt = (q: Qty) => formatQuantity(q, item!.decimals);
    const quantity = s.kind === 'serial' ? ONE : (line.quantity ?? (ctx.action === 'count' ? null : ONE));
    if (quantity === null) { fail(`Type the quantity counted of ${item!.sku}.`); continue; }
    if (quantity < 0n || (quantity === 0n && ctx.action !== 'count')) { fail('Enter a quantity above zero.'); continue; }
    if (s.kind === 'serial' && line.quantity !== null && line.quantity !== ONE) { fail(`${s.serial.serial} is one unit; a quantity does not apply.`); continue; }
    out.quantity = fmt(quantity);

    // Sales: only what the order still expects.
    let orderLine: { lineId: number } | undefined;
    if (ctx.workflow === 'sales') {
      orderLine = ctx.openByItem?.get(item!.id);
      if (!orderLine) { fail(`${item!.sku} is not part of this order.`); continue; }
      const open = openLeft.get(item!.id) ?? 0n;
      if (quantity > open) { fail(open === 0n ? `${item!.sku} is already fully delivered on this order.` : `Only ${fmt(open)} ${item!.unit} of ${item!.sku} are still open on this order.`); continue; }
    }

    if (ctx.workflow === 'general' && ctx.action === 'receive') {
      if (s.kind !== 'item') { fail('Receive by scanning the item (or its bag label), not a lot or serial.'); continue; }
      if (item!.serialTracked) { fail(`${item!.sku} is serial-numbered: its units enter stock by QA approval.`); continue; }
      if (!ctx.source) { fail('Scan the storage unit to receive into first.'); continue; }
      const key = `line-${line.index}`;
      plan.newBatches.push({ key, itemId: item!.id, supplierLot: line.supplierLot ?? null });
      plan.legs.push({ entryType: 'RECEIPT', itemId: item!.id, locationId: ctx.source.id, batch: { newBatch: key }, status: 'AVAILABLE', quantity });
      out.from = null;
      continue;
    }

    if (ctx.workflow === 'general' && ctx.action === 'count') {
      if (s.kind !== 'item' || item!.serialTracked) { fail('Count by scanning bulk items; serial-numbered units are counted on the product page.'); continue; }
      if (!ctx.source) { fail('Scan the storage unit you count first.'); continue; }
      countLine(plan, out, item!, ctx.source, quantity, ctx.lots.filter((l) => l.itemId === item!.id && l.locationId === ctx.source!.id).map(current), left, fmt);
      continue;
    }

    // Everything else takes stock out of a place: the serial's own batch, a lot's batch, or FIFO of the item.
    let picks: { lot: Lot; quantity: Qty }[];
    if (s.kind === 'serial') {
      if (ctx.workflow === 'production') { fail(`${s.serial.serial} is a serial-numbered unit: it is not consumed by scanning.`); continue; }
      if (s.serial.status !== 'IN_STOCK') { fail(`Serial ${s.serial.serial} is ${s.serial.status === 'DELIVERED' ? 'already delivered' : s.serial.status === 'SCRAPPED' ? 'scrapped' : 'still in production'}.`); continue; }
      const place = s.serial.batchId !== null ? ctx.serialPlaces.get(s.serial.batchId) : undefined;
      const lot = ctx.lots.map(current).find((l) => l.batchId === s.serial.batchId && l.quantity >= ONE);
      if (!place || !lot) { fail(`Serial ${s.serial.serial} is not in stock.`); continue; }
      if (ctx.source && ctx.source.id !== place.id && ctx.workflow !== 'sales') { fail(`Serial ${s.serial.serial} is at ${place.code}, not at ${ctx.source.code}.`); continue; }
      if (plan.serials.some((x) => x.serialId === s.serial.id)) { fail(`Serial ${s.serial.serial} is already in this session.`); continue; }
      picks = [{ lot, quantity: ONE }];
      plan.serials.push({ lineIndex: line.index, serialId: s.serial.id, itemId: item!.id });
    } else {
      if (item!.serialTracked) { fail(`${item!.sku} is serial-numbered: scan the serial numbers of the units.`); continue; }
      if (!ctx.source) { fail('Scan the storage unit the stock leaves from first.'); continue; }
      const here = ctx.lots.filter((l) => l.itemId === item!.id && l.locationId === ctx.source!.id).map(current);
      const pool = s.kind === 'lot' ? here.filter((l) => l.batchId === s.batch.id) : here;
      const leaving = ctx.workflow !== 'general' || ctx.action === 'consume';
      const picked = pickLots(pool, quantity, { fefo: item!.perishable, skipExpired: leaving, now });
      if (!picked.ok) {
        const what = s.kind === 'lot' ? `${item!.sku} ${batchLabel(s.batch.number)}` : item!.sku;
        if (picked.available === 0n && !pool.some((l) => l.quantity > 0n && !isExpired(l, now))) fail(`${what} is not at ${ctx.source.code}.`);
        else fail(`Not enough ${what} at ${ctx.source.code}: ${fmt(picked.available)} ${item!.unit} available${picked.expiredExcluded > 0n ? ` (${fmt(picked.expiredExcluded)} expired not counted)` : ''}.`);
        continue;
      }
      picks = picked.picks;
    }
    if (ctx.workflow === 'general' && ctx.action === 'move' && !ctx.destination) { fail('Scan the storage unit to move to.'); continue; }
    if (ctx.workflow === 'general' && ctx.action === 'move' && ctx.destination!.id === picks[0].lot.locationId) { fail(`${item!.sku} is already at ${ctx.destination!.code}.`); continue; }

    out.from = s.kind === 'serial' ? ctx.serialPlaces.get(s.serial.batchId!)!.code : ctx.source!.code;
    for (const p of picks) {
      left.set(p.lot.balanceId, (left.get(p.lot.balanceId) ?? 0n) - p.quantity);
      out.lots.push({ batch: batchLabel(p.lot.batchNumber), quantity: fmt(p.quantity) });
      const batch = { id: p.lot.batchId, number: p.lot.batchNumber };
      if (ctx.workflow === 'general' && ctx.action === 'move') {
        plan.legs.push({ entryType: 'TRANSFER_OUT', itemId: p.lot.itemId, locationId: p.lot.locationId, batch, status: p.lot.status, quantity: -p.quantity });
        plan.legs.push({ entryType: 'TRANSFER_IN', itemId: p.lot.itemId, locationId: ctx.destination!.id, batch, status: p.lot.status, quantity: p.quantity });
      } else {
        const entryType = ctx.workflow === 'general' ? 'CONSUMPTION' : ENTRY[ctx.workflow];
        plan.legs.push({ entryType, itemId: p.lot.itemId, locationId: p.lot.locationId, batch, status: p.lot.status, quantity: -p.quantity });
      }
    }
    if (orderLine) {
      openLeft.set(item!.id, (openLeft.get(item!.id) ?? 0n) - quantity);
      plan.delivered.set(orderLine.lineId, (plan.delivered.get(orderLine.lineId) ?? 0n) + quantity);
    }
  }
  return plan;
}

/** A count line: the storage unit should hold `counted` of the item; the difference is booked (FIFO down, a new batch up). */
function countLine(plan: ScanPlan, out: LineOutcome, item: ScannedItem, at: { id: number; code: string }, counted: Qty, lots: Lot[], left: Map<bigint, Qty>, fmt: (q: Qty) => string): void {
  if (plan.lines.some((o) => o !== out && o.sku === item.sku && o.error === null)) {
    out.error = `${item.sku} is counted twice in this session; enter the total once.`;
    plan.ok = false;
    return;
  }
  const own = lots.filter((l) => l.status === 'AVAILABLE' && !l.unreceived && l.ownerId === null);
  const onHand = own.reduce((a, l) => a + l.quantity, 0n);
  out.from = at.code;
  if (counted > onHand) {
    const key = `count-${out.index}`;
    plan.newBatches.push({ key, itemId: item.id });
    plan.legs.push({ entryType: 'ADJUST_UP', itemId: item.id, locationId: at.id, batch: { newBatch: key }, status: 'AVAILABLE', quantity: counted - onHand });
    out.lots.push({ batch: 'new', quantity: fmt(counted - onHand) });
  } else if (counted < onHand) {
    const picked = pickLots(own, onHand - counted);
    if (!picked.ok) return;
    for (const p of picked.picks) {
      left.set(p.lot.balanceId, (left.get(p.lot.balanceId) ?? 0n) - p.quantity);
      plan.legs.push({ entryType: 'ADJUST_DOWN', itemId: item.id, locationId: at.id, batch: { id: p.lot.batchId, number: p.lot.batchNumber }, status: 'AVAILABLE', quantity: -p.quantity });
      out.lots.push({ batch: batchLabel(p.lot.batchNumber), quantity: fmt(-p.quantity) });
    }
  }
}
