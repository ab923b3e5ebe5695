// Words and colours of the sales order screens.
import type { SalesOrderStatusApi } from '@/lib/sales/sales-order-status';

export const SALES_ORDER_LABEL: Record<SalesOrderStatusApi, string> = {
  open: 'Open',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const SALES_ORDER_BADGE_CLASS: Record<SalesOrderStatusApi, string> = {
  open: 'bg-sky-100 text-sky-900',
  completed: 'bg-green-100 text-green-900',
  cancelled: 'bg-slate-200 text-slate-800',
};

/** The list's status tabs; '' is every status. */
export const SALES_ORDER_TABS: { value: string; label: string }[] = [
  { value: '', label: 'All' },
  { value: 'open', label: 'Open' },
  { value: 'completed', label: 'Completed' },
  { value: 'cancelled', label: 'Cancelled' },
];

/** A day as people write it; expected dates are days (midnight UTC). */
export const dayOf = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');
