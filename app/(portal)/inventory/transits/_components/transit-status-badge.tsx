// A transit document's status as a small coloured label (the text carries the meaning, not the colour).
import type { TransitStatus } from '@/lib/inventory/transit/list-transits';
import { TRANSIT_STATUS_LABELS } from '../_lib/transit-links';

const CLASS: Record<TransitStatus, string> = {
  in_transit: 'bg-amber-100 text-amber-900',
  partially_received: 'bg-sky-100 text-sky-900',
  received: 'bg-green-100 text-green-900',
  closed_short: 'bg-red-100 text-red-900',
};

const isTransitStatus = (s: string): s is TransitStatus => Object.hasOwn(TRANSIT_STATUS_LABELS, s);

/** `status` is a string: getTransit types it so. */
export function TransitStatusBadge({ status }: { status: string }) {
  const known = isTransitStatus(status);
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${known ? CLASS[status] : 'bg-slate-200 text-slate-800'}`}>{known ? TRANSIT_STATUS_LABELS[status] : status}</span>;
}
