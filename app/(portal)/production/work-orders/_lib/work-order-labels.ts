// Words and colours of the work order screens.
import type { WorkOrderStatusApi } from '@/lib/serials/work-order-status';

export const WORK_ORDER_LABEL: Record<WorkOrderStatusApi, string> = {
  open: 'Open',
  in_progress: 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const WORK_ORDER_BADGE_CLASS: Record<WorkOrderStatusApi, string> = {
  open: 'bg-sky-100 text-sky-900',
  in_progress: 'bg-amber-100 text-amber-900',
  completed: 'bg-green-100 text-green-900',
  cancelled: 'bg-slate-200 text-slate-800',
};

/** The list's status tabs; '' is every status. */
export const WORK_ORDER_TABS: { value: string; label: string }[] = [
  { value: '', label: 'All' },
  { value: 'active', label: 'Active' },
  { value: 'open', label: 'Open' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'completed', label: 'Completed' },
  { value: 'cancelled', label: 'Cancelled' },
];

/** The status changes a lead is offered, from each status (set-work-order-status.ts decides). */
export const STATUS_ACTIONS: Record<WorkOrderStatusApi, { to: WorkOrderStatusApi; label: string }[]> = {
  open: [{ to: 'in_progress', label: 'Start' }, { to: 'completed', label: 'Complete' }, { to: 'cancelled', label: 'Cancel work order' }],
  in_progress: [{ to: 'completed', label: 'Complete' }, { to: 'open', label: 'Back to open' }, { to: 'cancelled', label: 'Cancel work order' }],
  completed: [{ to: 'in_progress', label: 'Reopen' }, { to: 'cancelled', label: 'Cancel work order' }],
  cancelled: [],
};

/** A day as people write it; due dates are days (midnight UTC). */
export const dayOf = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');
