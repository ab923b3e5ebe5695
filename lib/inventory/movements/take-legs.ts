// Turns FIFO picks into ledger legs.
import type { Pick } from '../fifo';
import type { StockStatus } from '../lots';
import type { EntryType, Leg } from '../posting/types';

export function legsFromPicks(picks: Pick[], entryType: EntryType, sign: 1 | -1, locationId?: number, status?: StockStatus): Leg[] {
  return picks.map((p) => ({
    entryType,
    itemId: p.lot.itemId,
    locationId: locationId ?? p.lot.locationId,
    batch: { id: p.lot.batchId, number: p.lot.batchNumber },
    status: status ?? p.lot.status,
    quantity: sign === 1 ? p.quantity : -p.quantity,
  }));
}
