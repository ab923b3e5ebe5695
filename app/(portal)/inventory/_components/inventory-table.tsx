// The inventory view's rows: by item, or by item at each storage unit.
import Link from 'next/link';
import type { InventoryRow } from '@/lib/inventory/queries/list-inventory';
import { itemHref, locationHref } from '../_lib/links';
import { NUM } from './labels';

/** `printable`: a tick per row and a button that opens the ticked items' labels (a plain GET form, no script needed). */
export function InventoryTable({ rows, byLocation, caption, showItem = true, printable = false }: { rows: InventoryRow[]; byLocation: boolean; caption: string; showItem?: boolean; printable?: boolean }) {
  if (!rows.length) return <p className="card text-slate-700">No stock matches.</p>;
  const table = (
    <div className="card overflow-x-auto p-0">
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {printable ? (
              <th scope="col" className="w-12">
                <span className="sr-only">Print a label</span>
              </th>
            ) : null}
            {showItem ? <th scope="col">SKU</th> : null}
            {showItem ? <th scope="col">Name</th> : null}
            {byLocation ? <th scope="col">Location</th> : null}
            <th scope="col" className="text-right">Quantity</th>
            <th scope="col" className="text-right">Available</th>
            <th scope="col" className="text-right">Customer-owned</th>
            <th scope="col">Unit</th>
            <th scope="col" className="text-right">Value</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.location ?? ''}|${r.sku}`}>
              {printable ? (
                <td className="py-0">
                  <label className="flex min-h-10 min-w-10 items-center justify-center">
                    <input type="checkbox" name="key" value={r.sku} className="size-5" />
                    <span className="sr-only">Print a label for {r.sku}{r.location ? ` (at ${r.location})` : ''}</span>
                  </label>
                </td>
              ) : null}
              {showItem ? (
                <td className="whitespace-nowrap">
                  <Link className="text-brand-700 underline" href={itemHref(r.sku)}>
                    {r.sku}
                  </Link>
                </td>
              ) : null}
              {showItem ? <td>{r.name}</td> : null}
              {byLocation ? (
                <td>
                  <Link className="text-brand-700 underline" href={locationHref(r.location ?? '')}>
                    {r.location}
                  </Link>
                  <span className="block text-xs text-slate-600">{r.locationName}</span>
                </td>
              ) : null}
              <td className={NUM}>{r.quantity}</td>
              <td className={NUM}>{r.available}</td>
              <td className={NUM}>{r.customerOwned}</td>
              <td>{r.unit}</td>
              <td className={NUM}>{r.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  if (!printable) return table;
  return (
    <form method="get" action="/labels/selected/items.pdf" target="_blank" className="space-y-2">
      {table}
      <button type="submit" className="btn-secondary min-h-12">
        Print labels for the ticked items
      </button>
    </form>
  );
}
