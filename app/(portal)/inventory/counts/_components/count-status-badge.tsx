// A count's status as a small coloured label (text, not colour alone, carries the meaning).
import type { CountStatusName } from '@/lib/inventory/counts/count-view';
import { COUNT_STATUS_LABELS } from '../_lib/count-links';

const CLASS: Record<CountStatusName, string> = {
  open: 'bg-amber-100 text-amber-900',
  posted: 'bg-green-100 text-green-900',
  discarded: 'bg-slate-200 text-slate-800',
};

export function CountStatusBadge({ status }: { status: CountStatusName }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${CLASS[status]}`}>{COUNT_STATUS_LABELS[status]}</span>;
}
