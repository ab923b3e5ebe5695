// Ledger entries newest first. One reversal control per posting (a transfer's two rows reverse together).
import Link from 'next/link';
import { DateTime } from '@/app/_components/date-time';
import type { MovementRow } from '@/lib/inventory/queries/movement-history';
import { itemHref, locationHref } from '../_lib/links';
import { entryTypeLabel, NUM, statusLabel } from './labels';
import { ReverseMovementForm } from './reverse-movement-form';

export function MovementTable({ rows, showSku, canReverse }: { rows: MovementRow[]; showSku: boolean; canReverse: boolean }) {
  if (!rows.length) return <p className="card text-slate-700">No movements.</p>;
  const reversible = new Set<string>();
  const seen = new Set<string>();
  for (const m of rows) {
    if (!seen.has(m.groupId) && !m.reversed && m.kind !== 'reversal') reversible.add(m.id);
    seen.add(m.groupId);
  }
  return (
    <div className="card overflow-x-auto p-0">
      <table className="table">
        <caption className="sr-only">Movement history, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Type</th>
            {showSku ? <th scope="col">SKU</th> : null}
            <th scope="col" className="text-right">Quantity</th>
            <th scope="col">Location</th>
            <th scope="col">Batch</th>
            <th scope="col">Reference</th>
            <th scope="col">User</th>
            <th scope="col">Note</th>
            <th scope="col" className="text-right">Before</th>
            <th scope="col" className="text-right">After</th>
            {canReverse ? (
              <th scope="col">
                <span className="sr-only">Reverse</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id} className={m.reversed ? 'text-slate-600' : undefined}>
              <td className="whitespace-nowrap">
                <DateTime value={new Date(m.postedAt)} />
              </td>
              <td>
                {entryTypeLabel(m.entryType)}
                {m.status !== 'available' ? <span className="block text-xs">{statusLabel(m.status)}</span> : null}
                {m.reversed ? <span className="mt-1 block w-fit rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">Reversed</span> : null}
              </td>
              {showSku ? (
                <td className="whitespace-nowrap">
                  <Link className="text-brand-700 underline" href={itemHref(m.sku)}>
                    {m.sku}
                  </Link>
                </td>
              ) : null}
              <td className={NUM}>{m.quantity.startsWith('-') ? m.quantity.replace('-', '−') : `+${m.quantity}`}</td>
              <td>
                <Link className="text-brand-700 underline" href={locationHref(m.location)}>
                  {m.location}
                </Link>
              </td>
              <td className="whitespace-nowrap">{m.batch}</td>
              <td>
                {m.reference && m.referenceHref ? (
                  <Link className="text-brand-700 underline" href={m.referenceHref}>
                    {m.reference}
                  </Link>
                ) : (
                  (m.reference ?? '—')
                )}
              </td>
              <td>{m.user}</td>
              <td>
                {m.reason ? <span className="block">Reason: {m.reason}</span> : null}
                {m.note ?? (m.reason ? null : '—')}
              </td>
              <td className={NUM}>{m.balanceBefore}</td>
              <td className={NUM}>{m.balanceAfter}</td>
              {canReverse ? <td>{reversible.has(m.id) ? <ReverseMovementForm groupId={m.groupId} label={`${m.kind.replace(/_/g, ' ')} of ${m.sku} on ${m.postedAt.slice(0, 16).replace('T', ' ')}`} /> : null}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
