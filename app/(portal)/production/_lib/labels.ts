// Words the production screens use for a serial's status and its lifecycle events.
import { SERIAL_STATUS_API, SERIAL_STATUS_LABELS, SERIAL_STATUSES, type SerialStatusApi } from '@/lib/serials/serial-status';

export const STATUS_LABEL: Record<SerialStatusApi, string> = Object.fromEntries(SERIAL_STATUSES.map((s) => [SERIAL_STATUS_API[s], SERIAL_STATUS_LABELS[s]])) as Record<SerialStatusApi, string>;

/** The serial table's status filter, in the reference's order and words. */
export const STATUS_FILTERS: { value: SerialStatusApi | ''; label: string }[] = [
  { value: '', label: 'All' },
  { value: 'in_stock', label: 'In Stock' },
  { value: 'in_production', label: 'In Production' },
  { value: 'delivered', label: 'Delivered' },
  { value: 'scrapped', label: 'Defects' },
];

export const STATUS_BADGE_CLASS: Record<SerialStatusApi, string> = {
  in_production: 'bg-sky-100 text-sky-900',
  in_stock: 'bg-green-100 text-green-900',
  delivered: 'bg-slate-200 text-slate-800',
  scrapped: 'bg-red-100 text-red-900',
};

const EVENT_LABELS: Record<string, string> = {
  created: 'Created',
  advanced: 'Advanced',
  approved: 'QA approved into stock',
  delivered: 'Delivered',
  scrapped: 'Scrapped',
  reworked: 'Sent back for rework',
  added: 'Added by manual adjustment',
  subtracted: 'Taken out by manual adjustment',
};

export const eventLabel = (action: string) => EVENT_LABELS[action] ?? action.charAt(0).toUpperCase() + action.slice(1);

export const isStatusFilter = (value: string): value is SerialStatusApi => value in STATUS_LABEL;
