// /purchasing — the forecast rolled up over the planned and released lots the
// actor sees (what drafts hold, draft POs for the rest of the shortfalls, CSV),
// and the items below their reorder point.
import Link from 'next/link';
import { loadOr404 } from '@/app/_server/page-data';
import { requireActor } from '@/app/_server/session';
import { fromDb } from '@/lib/inventory/quantity';
import { can } from '@/lib/roles/actor';
import { forecastAll } from '../lib/forecast';
import { listBelowReorderPoint } from '../lib/item-purchasing';
import { createDraftPosAction } from './actions';
import { FORECAST_CSV_HREF, ORDERS_HREF } from './links';
import { FORMULA, ForecastTable } from './forecast-table';
import { SimpleActionForm } from './simple-action-form';
import { cell, ScrollTable, SkuCell } from './table';

export default async function PurchasingPage() {
  const actor = await requireActor();
  const rows = await loadOr404(forecastAll(actor));
  const below = await listBelowReorderPoint(actor);
  // Kept while anything is short (the button's answer stays on the page); it drafts only what drafts do not hold yet.
  const short = rows.filter((r) => fromDb(r.shortfall) > 0n);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Purchasing</h1>
        <Link href={ORDERS_HREF} className="btn-secondary min-h-11">
          Purchase orders
        </Link>
      </div>
      <section className="space-y-3" aria-labelledby="forecast">
        <h2 id="forecast" className="text-lg font-semibold">
          Forecast for planned and released lots
        </h2>
        <p className="text-sm text-slate-700">
          {FORMULA} Draft orders are not on order until placed; the draft action asks only for the shortfall that drafts do not already hold.
        </p>
        <div className="flex flex-wrap items-start gap-3">
          {can(actor, 'purchasing.manage') && short.length ? <SimpleActionForm action={createDraftPosAction} fields={{}} label="Create draft POs for shortfalls" /> : null}
          {rows.length ? (
            <a href={FORECAST_CSV_HREF} className="btn-secondary min-h-12" download>
              Export CSV
            </a>
          ) : null}
        </div>
        {rows.length === 0 ? (
          <p className="card text-slate-700">No planned or released production lots need components.</p>
        ) : (
          <ForecastTable rows={rows} label="Forecast by component" />
        )}
      </section>
      <section className="space-y-3" aria-labelledby="below">
        <h2 id="below" className="text-lg font-semibold">
          Below reorder point
        </h2>
        {below.length === 0 ? (
          <p className="card text-slate-700">No item is below its reorder point.</p>
        ) : (
          <ScrollTable label="Items below their reorder point" head={['SKU', 'Available', 'Reorder point', 'Reorder quantity', 'On order', 'Supplier']}>
            {below.map((r) => (
              <tr key={r.sku}>
                <SkuCell sku={r.sku} />
                <td className={cell}>{r.available}</td>
                <td className={cell}>{r.reorderPoint}</td>
                <td className={cell}>{r.reorderQuantity ?? '—'}</td>
                <td className={cell}>{r.onOrder}</td>
                <td className={cell}>{r.preferredSupplier ?? '—'}</td>
              </tr>
            ))}
          </ScrollTable>
        )}
      </section>
    </div>
  );
}
