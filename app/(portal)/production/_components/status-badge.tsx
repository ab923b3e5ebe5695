// A serial's status as a small coloured label (the words carry the meaning, not the colour).
import type { SerialStatusApi } from '@/lib/serials/serial-status';
import { STATUS_BADGE_CLASS, STATUS_LABEL } from '../_lib/labels';

export function SerialStatusBadge({ status }: { status: SerialStatusApi }) {
  return <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${STATUS_BADGE_CLASS[status]}`}>{STATUS_LABEL[status]}</span>;
}

export function LowStockBadge({ threshold }: { threshold: string }) {
  return (
    <span className="inline-flex items-center gap-1 rounded border border-amber-400 bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-950">
      <span aria-hidden="true">⚠</span> Low stock: below {threshold}
    </span>
  );
}
