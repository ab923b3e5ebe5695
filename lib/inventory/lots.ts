// What the posting path reads under lock: a lot (batch at a storage unit) in one status.
import type { Qty } from './quantity';

export type StockStatus = 'AVAILABLE' | 'ON_HOLD' | 'REJECTED';

export interface Lot {
  balanceId: bigint;
  itemId: number;
  locationId: number;
  batchId: bigint;
  batchNumber: number;
  status: StockStatus;
  quantity: Qty;
  unreceived: boolean;
  receivedAt: Date;
  expiresAt: Date | null;
  ownerId: number | null;
  unitCost: string | null;
}

export const batchLabel = (n: number) => (n === 0 ? 'unreceived' : `#${String(n).padStart(4, '0')}`);
