// What posting a count books, decided on the lots as they are at posting time
// (pure; the posting path applies it under lock). Each counted line moves its
// storage unit by the variance measured when it was counted, so postings made
// since then stay in: new on-hand = on-hand now + (counted - system at count).
// Up materialises a new batch; down takes first-in first-out (first-expiring
// for perishables), like set-quantity.
import { DomainError } from '../../errors';
import { pickLots } from '../fifo';
import type { Lot } from '../lots';
import { legsFromPicks } from '../movements/take-legs';
import type { Leg, NewBatch, Plan } from '../posting/types';
import { formatQuantity, sumQty, type Qty } from '../quantity';

export interface CountVariance {
  itemId: number;
  locationId: number;
  /** Counted minus the system's own available stock at the moment of counting. */
  variance: Qty;
  perishable: boolean;
  sku: string;
  location: string;
  decimals: number;
  unit: string;
}

export const varianceOf = (counted: Qty, systemAtCount: Qty): Qty => counted - systemAtCount;

/** Own available stock of one position, as the count sees it. */
export function ownAvailableOf(lots: Lot[], itemId: number, locationId: number): Qty {
  return sumQty(lots.filter((l) => l.itemId === itemId && l.locationId === locationId && l.status === 'AVAILABLE' && !l.unreceived && l.ownerId === null && l.quantity > 0n).map((l) => l.quantity));
}

export function planCountPosting(lines: CountVariance[], lots: Lot[]): Plan {
  const legs: Leg[] = [];
  const newBatches: NewBatch[] = [];
  lines.forEach((line, i) => {
    if (line.variance > 0n) {
      const key = `counted-${i}`;
      legs.push({ entryType: 'ADJUST_UP', itemId: line.itemId, locationId: line.locationId, batch: { newBatch: key }, status: 'AVAILABLE', quantity: line.variance });
      newBatches.push({ key, itemId: line.itemId });
      return;
    }
    if (line.variance === 0n) return;
    const here = lots.filter((l) => l.itemId === line.itemId && l.locationId === line.locationId);
    const picked = pickLots(here, -line.variance, { fefo: line.perishable });
    if (!picked.ok) {
      // Stock left after the line was counted, more than the count found missing: the shelf needs a recount.
      const fmt = (q: Qty) => formatQuantity(q, line.decimals);
      throw new DomainError(
        'INSUFFICIENT_STOCK',
        `${line.sku} at ${line.location}: the count takes ${fmt(-line.variance)} ${line.unit} off, but only ${fmt(picked.available)} ${line.unit} are there now. Count that line again.`,
      );
    }
    legs.push(...legsFromPicks(picked.picks, 'ADJUST_DOWN', -1));
  });
  return { legs, newBatches };
}
