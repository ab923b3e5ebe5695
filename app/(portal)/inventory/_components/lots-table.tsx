// The lots of one item (a batch at a storage unit), with empty ones on request for traceability.
import Link from 'next/link';
import { DateTime } from '@/app/_components/date-time';
import type { LotRow } from '@/lib/inventory/queries/item-lots';
import { locationHref } from '../_lib/links';
import { NUM, statusLabel } from './labels';

export function LotsTable({ lots, unit, showEmpty, toggleHref }: { lots: LotRow[]; unit: string; showEmpty: boolean; toggleHref: string }) {
  return (
    <section aria-labelledby="lots-heading" className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="lots-heading" className="text-lg font-semibold">
          Lots
        </h2>
        <Link className="btn-secondary" href={toggleHref}>
          {showEmpty ? 'Hide empty lots' : 'Show empty lots'}
        </Link>
      </div>
      {lots.length ? (
        <div className="card overflow-x-auto p-0">
          <table className="table">
            <caption className="sr-only">Lots by location and batch</caption>
            <thead>
              <tr>
                <th scope="col">Location</th>
                <th scope="col">Batch</th>
                <th scope="col">Status</th>
                <th scope="col" className="text-right">
                  Quantity ({unit})
                </th>
                <th scope="col">Supplier / lot</th>
                <th scope="col">Received</th>
                <th scope="col">Expires</th>
                <th scope="col" className="text-right">Unit cost</th>
                <th scope="col">Owner</th>
              </tr>
            </thead>
            <tbody>
              {lots.map((l) => (
                <tr key={`${l.location}|${l.batch}|${l.status}`} className={l.quantity.replace(/[0.]/g, '') === '' ? 'text-slate-600' : undefined}>
                  <td>
                    <Link className="text-brand-700 underline" href={locationHref(l.location)}>
                      {l.location}
                    </Link>
                  </td>
                  <td className="whitespace-nowrap">{l.batch}</td>
                  <td>{statusLabel(l.status)}</td>
                  <td className={NUM}>{l.quantity}</td>
                  <td>{[l.supplier, l.supplierLot].filter(Boolean).join(' / ') || '—'}</td>
                  <td className="whitespace-nowrap">
                    <DateTime value={new Date(l.receivedAt)} />
                  </td>
                  <td className="whitespace-nowrap">
                    <DateTime value={l.expiresAt ? new Date(l.expiresAt) : null} />
                  </td>
                  <td className={NUM}>{l.unitCost ?? '—'}</td>
                  <td>{l.owner ?? 'Own'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="card text-slate-700">{showEmpty ? 'This item has never had stock you can see.' : 'No stock on hand.'}</p>
      )}
    </section>
  );
}
