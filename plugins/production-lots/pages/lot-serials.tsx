// The serial numbers of a serial-numbered product's lot, each linking to its
// lifecycle, with its status; long lists are cut with the total said.
import Link from 'next/link';
import type { LotSerials } from '../lib/lot-serials';

const STATUS: Record<LotSerials['serials'][number]['status'], string> = {
  in_production: 'in production',
  in_stock: 'in stock',
  delivered: 'delivered',
  scrapped: 'scrapped',
};

export function LotSerialList({ serials, workOrder }: { serials: LotSerials; workOrder: string | null }) {
  return (
    <section className="space-y-2" aria-labelledby="lot-serials">
      <h2 id="lot-serials" className="text-lg font-semibold">
        Serial numbers
      </h2>
      {serials.count === 0 ? (
        <p className="card text-slate-700">
          {workOrder ? `None yet on ${workOrder}.` : 'None yet: completing the lot gives each unit made its serial number.'}
        </p>
      ) : (
        <div className="card space-y-2">
          <p className="text-sm text-slate-700">
            {serials.count} {serials.count === 1 ? 'unit' : 'units'}
            {serials.count > serials.serials.length ? `; the first ${serials.serials.length} are listed` : ''}.
          </p>
          <ul className="flex flex-wrap gap-2 text-sm">
            {serials.serials.map((s) => (
              <li key={s.serial} className="rounded border border-slate-200 px-2 py-1">
                <Link className="break-all font-medium text-brand-700 underline" href={`/production/serials/${encodeURIComponent(s.serial)}`}>
                  {s.serial}
                </Link>{' '}
                <span className="text-xs text-slate-600">{STATUS[s.status]}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
