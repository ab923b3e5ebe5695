// A work order's status as stored, as the API spells it and as people read it,
// and which status changes a lead may make. Pure: tested without a database.
export const WORK_ORDER_STATUSES = ['OPEN', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

export const WORK_ORDER_STATUS_API = {
  OPEN: 'open',
  IN_PROGRESS: 'in_progress',
  COMPLETED: 'completed',
  CANCELLED: 'cancelled',
} as const satisfies Record<WorkOrderStatus, string>;
export type WorkOrderStatusApi = (typeof WORK_ORDER_STATUS_API)[WorkOrderStatus];
export const WORK_ORDER_STATUSES_API = ['open', 'in_progress', 'completed', 'cancelled'] as const satisfies readonly WorkOrderStatusApi[];

export const WORK_ORDER_STATUS_LABELS = {
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
} as const satisfies Record<WorkOrderStatus, string>;

export const workOrderStatusFromApi = (value: string): WorkOrderStatus | null => WORK_ORDER_STATUSES.find((s) => WORK_ORDER_STATUS_API[s] === value) ?? null;

/** What the order's serials are doing, as far as a status change cares. */
export interface SerialTally {
  inProduction: number;
  /** Serials that are or were in stock (delivered ones, and scrapped ones that had a batch). */
  enteredStock: number;
}

export type StatusChange = { ok: true } | { ok: false; reason: string };

export function decideStatusChange(from: WorkOrderStatus, to: WorkOrderStatus, tally: SerialTally): StatusChange {
  if (from === to) return { ok: false, reason: `The work order is already ${WORK_ORDER_STATUS_LABELS[to].toLowerCase()}.` };
  if (from === 'CANCELLED') return { ok: false, reason: 'A cancelled work order stays cancelled; create a new one.' };
  if (to === 'CANCELLED' && tally.enteredStock > 0) {
    return { ok: false, reason: `${tally.enteredStock} of its serial${tally.enteredStock === 1 ? ' has' : 's have'} entered stock, so the work order cannot be cancelled; complete it instead.` };
  }
  if (to === 'COMPLETED' && tally.inProduction > 0) {
    return { ok: false, reason: `${tally.inProduction} serial${tally.inProduction === 1 ? ' is' : 's are'} still in production; approve or scrap ${tally.inProduction === 1 ? 'it' : 'them'} first.` };
  }
  return { ok: true };
}
