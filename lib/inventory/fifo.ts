// Which lots stock leaves from: first-in first-out by batch (oldest received
// first), or first-expiring first-out for perishable items. Pure: tested
// without a database; the posting path applies the result under lock.
import type { Lot, StockStatus } from './lots';
import { minQty, type Qty } from './quantity';

export interface PickOptions {
  status?: StockStatus;
  /** Consignment: only this customer's stock; without it, only our own. */
  ownerId?: number | null;
  /** Perishable items: earliest expiry first. */
  fefo?: boolean;
  /** Skip expired batches (consumption and sale), unless allowExpired. */
  skipExpired?: boolean;
  allowExpired?: boolean;
  now?: Date;
}

export interface Pick {
  lot: Lot;
  quantity: Qty;
}

export type PickResult =
  | { ok: true; picks: Pick[] }
  | { ok: false; reason: 'INSUFFICIENT'; available: Qty; expiredExcluded: Qty };

const time = (d: Date | null) => (d ? d.getTime() : Number.POSITIVE_INFINITY);

export function orderForPicking(lots: Lot[], fefo = false): Lot[] {
  return [...lots].sort(
    (a, b) =>
      (fefo ? time(a.expiresAt) - time(b.expiresAt) : 0) ||
      a.receivedAt.getTime() - b.receivedAt.getTime() ||
      a.batchNumber - b.batchNumber ||
      Number(a.batchId - b.batchId),
  );
}

export function isExpired(lot: Lot, now: Date): boolean {
  return lot.expiresAt !== null && lot.expiresAt.getTime() <= now.getTime();
}

/** Takes `quantity` from the lots (all of one item at one storage unit). */
export function pickLots(lots: Lot[], quantity: Qty, options: PickOptions = {}): PickResult {
  const { status = 'AVAILABLE', ownerId = null, fefo = false, skipExpired = false, allowExpired = false, now = new Date() } = options;
  const eligible = lots.filter((l) => l.status === status && !l.unreceived && l.quantity > 0n && (l.ownerId ?? null) === ownerId);
  let expiredExcluded = 0n;
  const usable = eligible.filter((l) => {
    if (skipExpired && !allowExpired && isExpired(l, now)) {
      expiredExcluded += l.quantity;
      return false;
    }
    return true;
  });
  const picks: Pick[] = [];
  let remaining = quantity;
  for (const lot of orderForPicking(usable, fefo)) {
    if (remaining <= 0n) break;
    const take = minQty(lot.quantity, remaining);
    picks.push({ lot, quantity: take });
    remaining -= take;
  }
  if (remaining > 0n) return { ok: false, reason: 'INSUFFICIENT', available: quantity - remaining, expiredExcluded };
  return { ok: true, picks };
}
