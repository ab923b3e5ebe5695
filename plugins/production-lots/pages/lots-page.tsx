// Production lots the actor may see, by status, and the form to plan one.
import Link from 'next/link';
import { loadOr404 } from '@/app/_server/page-data';
import { requireActor } from '@/app/_server/session';
import { can } from '@/lib/roles/actor';
import { listBomProducts } from '../lib/list-bom-products';
import { listLots } from '../lib/list-lots';
import { dayOf, LOT_TABS, LotStatusBadge } from './lot-labels';
import { lotHref, LOTS_HREF } from './links';
import { PlanLotForm } from './plan-lot-form';

type SearchParams = Record<string, string | string[] | undefined>;

export default async function LotsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const raw = sp.status;
  const status = typeof raw === 'string' ? raw : '';
  const known = LOT_TABS.some((t) => t.value === status);
  // An unknown status in the URL shows every lot rather than an error.
  const lots = await loadOr404(listLots(actor, { status: known ? status : '' }));
  const products = can(actor, 'lots.manage') ? await listBomProducts(actor) : [];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Production lots</h1>
      <nav aria-label="Production lots by status">
        <ul className="flex flex-wrap gap-1">
          {LOT_TABS.map((t) => (
            <li key={t.label}>
              <Link
                href={t.value ? `${LOTS_HREF}?status=${t.value}` : LOTS_HREF}
                aria-current={(known ? status : '') === t.value ? 'page' : undefined}
                className={`block min-h-11 rounded-md border px-4 py-2.5 text-sm font-medium ${(known ? status : '') === t.value ? 'border-brand-700 bg-brand-50 text-brand-800' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-100'}`}
              >
                {t.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {lots.length === 0 ? (
        <p className="card text-slate-700">{status ? 'No lots in this status.' : 'No production lots yet.'}</p>
      ) : (
        <ul className="space-y-2" aria-label="Production lots, newest first">
          {lots.map((l) => (
            <li key={l.number} className="card space-y-2">
              <p className="flex flex-wrap items-center gap-2">
                <Link className="text-lg font-semibold text-brand-700 underline" href={lotHref(l.number)}>
                  {l.number}
                </Link>
                <LotStatusBadge status={l.status} />
              </p>
              <p className="break-words text-sm">
                <span className="font-medium">{l.product}</span> · {l.productName} · BOM v{l.bomVersion}
              </p>
              <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
                <div>
                  <dt className="text-xs text-slate-600">Quantity</dt>
                  <dd className="tabular-nums font-medium">
                    {l.quantity} {l.productUnit}
                  </dd>
                </div>
                <div>
                  <dt className="text-xs text-slate-600">Issue</dt>
                  <dd className="tabular-nums">{dayOf(l.issueAt)}</dd>
                </div>
                <div>
                  <dt className="text-xs text-slate-600">Completion</dt>
                  <dd className="tabular-nums">{dayOf(l.completionAt)}</dd>
                </div>
                <div>
                  <dt className="text-xs text-slate-600">Department</dt>
                  <dd className="break-words">{l.department}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      {can(actor, 'lots.manage') ? (
        products.length ? (
          <PlanLotForm products={products} />
        ) : (
          <p className="card text-slate-700">No item has a bill of materials yet. Open an assembly&apos;s item page and its “Bill of materials” tab to add one.</p>
        )
      ) : null}
    </div>
  );
}
