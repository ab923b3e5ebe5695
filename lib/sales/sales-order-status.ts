// A sales order's status as stored, as the API spells it and as people read it,
// and which status changes a planner may make. Pure: tested without a database.
export const SALES_ORDER_STATUSES = ['OPEN', 'COMPLETED', 'CANCELLED'] as const;
export type SalesOrderStatus = (typeof SALES_ORDER_STATUSES)[number];

export const SALES_ORDER_STATUS_API = {
  OPEN: 'open',
  COMPLETED: 'completed',
  CANCELLED: 'cancelled',
} as const satisfies Record<SalesOrderStatus, string>;
export type SalesOrderStatusApi = (typeof SALES_ORDER_STATUS_API)[SalesOrderStatus];
export const SALES_ORDER_STATUSES_API = ['open', 'completed', 'cancelled'] as const satisfies readonly SalesOrderStatusApi[];

export const salesOrderStatusFromApi = (value: string): SalesOrderStatus | null => SALES_ORDER_STATUSES.find((s) => SALES_ORDER_STATUS_API[s] === value) ?? null;

export type SalesStatusChange = { ok: true } | { ok: false; reason: string };

/**
 * Open -> completed (also short: what was not delivered will not be), completed
 * -> open (completed by mistake), and cancelled while nothing was delivered:
 * a cancelled order with deliveries would hide where that stock went.
 */
export function decideSalesOrderStatusChange(from: SalesOrderStatus, to: SalesOrderStatus, linesWithDeliveries: number): SalesStatusChange {
  if (from === to) return { ok: false, reason: `The sales order is already ${SALES_ORDER_STATUS_API[to]}.` };
  if (from === 'CANCELLED') return { ok: false, reason: 'A cancelled sales order stays cancelled; create a new one.' };
  if (to === 'CANCELLED' && linesWithDeliveries > 0) {
    return {
      ok: false,
      reason: `${linesWithDeliveries} of its line${linesWithDeliveries === 1 ? ' has' : 's have'} deliveries, so the order cannot be cancelled; complete it instead, or roll back the scans first.`,
    };
  }
  return { ok: true };
}
