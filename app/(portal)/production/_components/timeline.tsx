// A serial's lifecycle, oldest first: from its creation to now, each event with
// who, when, the status and stage it changed, the iteration, note and reference.
import { DateTime } from '@/app/_components/date-time';
import type { SerialHistoryEntry } from '@/lib/serials/get-serial';
import { eventLabel, STATUS_LABEL } from '../_lib/labels';

// Approvals and additions keep the storage unit they put the unit in; deliveries the sales order or customer.
const referenceLabel = (action: string) => (action === 'approved' || action === 'added' ? 'Storage unit' : action === 'delivered' ? 'Sales order or customer' : 'Reference');

function Change({ label, from, to }: { label: string; from: string | null; to: string | null }) {
  if (from === to || (!from && !to)) return null;
  return (
    <li>
      {label}: {from ? `${from} → ` : ''}
      {to ?? 'none'}
    </li>
  );
}

export function SerialTimeline({ history }: { history: SerialHistoryEntry[] }) {
  if (!history.length) return <p className="card text-slate-700">No lifecycle events recorded.</p>;
  return (
    <ol className="space-y-0 border-l-2 border-slate-300 pl-4">
      {history.map((e, i) => (
        <li key={i} className="relative pb-4 last:pb-0">
          <span aria-hidden="true" className="absolute -left-[1.4rem] top-1.5 size-3 rounded-full border-2 border-white bg-brand-700" />
          <p className="font-medium">
            {eventLabel(e.action)}
            {i === history.length - 1 ? <span className="ml-2 rounded bg-slate-200 px-1.5 text-xs font-medium text-slate-800">Latest</span> : null}
          </p>
          <p className="text-sm text-slate-700">
            <DateTime value={new Date(e.at)} /> · {e.user}
          </p>
          <ul className="mt-1 space-y-0.5 text-sm text-slate-800">
            <Change label="Status" from={e.fromStatus && STATUS_LABEL[e.fromStatus]} to={e.toStatus && STATUS_LABEL[e.toStatus]} />
            <Change label="Stage" from={e.fromStage} to={e.toStage} />
            {e.action === 'reworked' ? <li>Iteration {e.iteration}</li> : null}
            {e.reference ? (
              <li className="break-words">
                {referenceLabel(e.action)}: {e.reference}
              </li>
            ) : null}
            {e.note ? <li className="break-words">Note: {e.note}</li> : null}
          </ul>
        </li>
      ))}
    </ol>
  );
}
