'use client';
// The confirmation after a movement posted: its ledger entries and where to go next.
import Link from 'next/link';
import { useEffect, useRef, type ReactNode } from 'react';
import { labelHref } from '../../labels/_lib/label-href';
import type { MoveState } from '../_lib/action-results';
import { itemHref, locationHref } from '../_lib/links';
import { entryTypeLabel, NUM, statusLabel } from './labels';

/** `children`: what the posting made besides its entries (a transit document), shown under the heading. */
export function PostedEntries({ posted, onAnother, children }: { posted: NonNullable<MoveState['posted']>; onAnother: () => void; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const skus = [...new Set(posted.entries.map((e) => e.sku))];
  const locations = [...new Set(posted.entries.map((e) => e.location))];
  // A receipt makes a new batch: its label ("SKU#0002") goes on the parts just received.
  const newBatches = [...new Set(posted.entries.filter((e) => e.entryType === 'RECEIPT' && e.batch.startsWith('#')).map((e) => `${e.sku}${e.batch}`))];
  return (
    <div className="card space-y-4">
      <div role="status">
        <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold text-green-800">
          {posted.replayed ? 'This movement was already posted.' : 'Posted.'}
        </h2>
      </div>
      {children}
      {/* Focusable: on a phone the table scrolls sideways, and keyboard users must be able to scroll it too. */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Posted ledger entries">
        <table className="table">
          <caption className="sr-only">Posted ledger entries</caption>
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">SKU</th>
              <th scope="col">Location</th>
              <th scope="col">Batch</th>
              <th scope="col">Status</th>
              <th scope="col" className="text-right">Quantity</th>
              <th scope="col" className="text-right">Before</th>
              <th scope="col" className="text-right">After</th>
            </tr>
          </thead>
          <tbody>
            {posted.entries.map((e, i) => (
              <tr key={i}>
                <td>{entryTypeLabel(e.entryType)}</td>
                <td className="whitespace-nowrap">{e.sku}</td>
                <td>{e.location}</td>
                <td className="whitespace-nowrap">{e.batch}</td>
                <td>{statusLabel(e.status)}</td>
                <td className={NUM}>{e.quantity}</td>
                <td className={NUM}>{e.balanceBefore}</td>
                <td className={NUM}>{e.balanceAfter}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="flex flex-wrap gap-2">
        {skus.map((sku) => (
          <li key={sku}>
            <Link className="btn-secondary min-h-12" href={itemHref(sku)}>
              Item {sku}
            </Link>
          </li>
        ))}
        {locations.map((code) => (
          <li key={code}>
            <Link className="btn-secondary min-h-12" href={locationHref(code)}>
              Location {code}
            </Link>
          </li>
        ))}
        {newBatches.map((lot) => (
          <li key={lot}>
            <a className="btn-secondary min-h-12" href={labelHref('lots', lot)} target="_blank" rel="noopener">
              Print batch label {lot}
            </a>
          </li>
        ))}
        <li>
          <button type="button" className="btn-primary min-h-12" onClick={onAnother}>
            Post another
          </button>
        </li>
      </ul>
    </div>
  );
}
