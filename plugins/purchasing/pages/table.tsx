// A wide table that scrolls sideways on a phone, reachable by keyboard.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { itemHref } from './links';

export function ScrollTable({ label, head, children }: { label: string; head: string[]; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded-md border border-slate-200 bg-white">
      <table className="min-w-full text-sm">
        <thead className="bg-slate-50 text-left text-xs text-slate-700">
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="whitespace-nowrap px-3 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

export const cell = 'whitespace-nowrap px-3 py-2 tabular-nums';

/** The first cell of an item's row: its SKU, linking to the item's purchasing settings. */
export function SkuCell({ sku }: { sku: string }) {
  return (
    <td className={cell}>
      <Link className="text-brand-700 underline" href={itemHref(sku)}>
        {sku}
      </Link>
    </td>
  );
}
