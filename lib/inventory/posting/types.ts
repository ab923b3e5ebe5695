// The shapes the one posting path works with. A movement (receive, transfer,
// ...) turns its input into a PostingSpec; postStock applies it in one transaction.
import type { Lot, StockStatus } from '../lots';
import type { Qty } from '../quantity';

export type EntryType =
  | 'RECEIPT'
  | 'PRODUCTION_OUTPUT'
  | 'SHIPMENT'
  | 'CONSUMPTION'
  | 'ADJUST_UP'
  | 'ADJUST_DOWN'
  | 'TRANSFER_OUT'
  | 'TRANSFER_IN'
  | 'STATUS_CHANGE'
  | 'REVERSAL';

export interface NewBatch {
  key: string;
  itemId: number;
  supplier?: string | null;
  supplierLot?: string | null;
  receivedAt?: Date | null;
  unitCost?: string | null;
  expiresAt?: Date | null;
  ownerId?: number | null;
}

export type LegBatch = { id: bigint; number: number } | { newBatch: string } | { unreceivedOf: number };

export interface Leg {
  entryType: EntryType;
  itemId: number;
  locationId: number;
  batch: LegBatch;
  status: StockStatus;
  quantity: Qty;
}

export interface Plan {
  legs: Leg[];
  newBatches?: NewBatch[];
}

export interface Reference {
  kind: string;
  id?: string | null;
  number?: string | null;
}

export interface PostingHeader {
  kind: string;
  reason?: string | null;
  note?: string | null;
  reference?: Reference | null;
  idempotencyKey?: string | null;
  /** Fingerprint of the request, so a reused key with another body is refused. */
  requestHash?: string | null;
  reversesGroupId?: string | null;
}

export interface Labels {
  items: Map<number, { sku: string; decimals: number }>;
  locations: Map<number, string>;
}

export interface PostingSpec {
  header: PostingHeader;
  /** Stock positions (item at storage unit) the posting reads and writes: locked first, in a fixed order. */
  positions: { itemId: number; locationId: number }[];
  /** Pure decision on the locked lots; throws DomainError to refuse. */
  plan: (lots: Lot[]) => Plan;
  /** Lots already read with the lookups (saves a round trip); read afresh on a retry. */
  snapshot?: Lot[];
  labels: Labels;
}

export interface PostedEntry {
  entryType: EntryType;
  sku: string;
  location: string;
  batch: string;
  status: 'available' | 'on_hold' | 'rejected';
  quantity: string;
  balanceBefore: string;
  balanceAfter: string;
}

export interface PostingResult {
  groupId: string;
  kind: string;
  replayed: boolean;
  entries: PostedEntry[];
}
