// Words for lot statuses, shared by the list and the detail page.
import type { LotStatusApi } from '../lib/lot-schemas';

export const LOT_STATUS_LABEL: Record<LotStatusApi, string> = {
  planned: 'Planned',
  released: 'Released',
  in_progress: 'In progress',
  completed: 'Completed',
  closed: 'Closed',
};

export const LOT_TABS: { label: string; value: string }[] = [
  { label: 'All', value: '' },
  ...(Object.entries(LOT_STATUS_LABEL) as [LotStatusApi, string][]).map(([value, label]) => ({ label, value })),
];

const BADGE: Record<LotStatusApi, string> = {
  planned: 'bg-slate-100 text-slate-800',
  released: 'bg-blue-100 text-blue-900',
  in_progress: 'bg-amber-100 text-amber-900',
  completed: 'bg-green-100 text-green-900',
  closed: 'bg-slate-200 text-slate-700',
};

export function LotStatusBadge({ status }: { status: LotStatusApi }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${BADGE[status]}`}>{LOT_STATUS_LABEL[status]}</span>;
}

export const dayOf = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');
