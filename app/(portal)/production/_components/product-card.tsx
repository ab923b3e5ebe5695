// One product on Production > Inventory: its unit counts, the low-stock
// warning, a link to its serials and, for those who may, to Adjust.
import Link from 'next/link';
import type { ProductCard as Card } from '@/lib/serials/list-product-cards';
import { adjustHref, productHref } from '../_lib/links';
import { LowStockBadge } from './status-badge';

/** Counts as a definition list: label above, figure below; two columns on a phone. */
export function StatList({ stats }: { stats: [string, number][] }) {
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-3">
      {stats.map(([label, value]) => (
        <div key={label}>
          <dt className="text-slate-600">{label}</dt>
          <dd className="text-lg font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ProductCard({ card, canAdjust }: { card: Card; canAdjust: boolean }) {
  return (
    <article className="card flex h-full flex-col gap-3" aria-labelledby={`product-${card.sku}`}>
      <div>
        <h2 id={`product-${card.sku}`} className="text-lg font-semibold">
          <Link className="inline-flex min-h-10 items-center text-brand-700 underline" href={productHref(card.sku)}>
            {card.name}
          </Link>
        </h2>
        <p className="break-all text-sm text-slate-700">
          {card.sku} · {card.kindName}
        </p>
      </div>
      {card.lowStock ? <LowStockBadge threshold={card.lowStockAt} /> : null}
      <StatList
        stats={[
          ['Store Quantity', card.inStock],
          ['In Production', card.inProduction],
          ['Defect Count', card.defects],
          ['Delivered Count', card.delivered],
          ['Total Serials', card.totalSerials],
        ]}
      />
      {canAdjust ? (
        <div className="mt-auto">
          <Link className="btn-secondary" href={adjustHref(card.sku)}>
            Adjust<span className="sr-only"> stock of {card.name}</span>
          </Link>
        </div>
      ) : null}
    </article>
  );
}
