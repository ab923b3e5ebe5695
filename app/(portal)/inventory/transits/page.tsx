import Link from 'next/link';
import { DateTime } from '@/app/_components/date-time';
import { requireActor } from '@/app/_server/session';
import { listTransits, type TransitSummary } from '@/lib/inventory/transit/list-transits';
import { can } from '@/lib/roles/actor';
import { Pager } from '../_components/pager';
import { attempt } from '../_lib/attempt';
import { itemHref } from '../_lib/links';
import { hrefWith, param, type SearchParams } from '../_lib/search-params';
import { TransitStatusBadge } from './_components/transit-status-badge';
import { shipHref, transitHref, TRANSITS_HREF } from './_lib/transit-links';

const PAGE_SIZE = 50;
const FILTERS = [
  { label: 'All', state: '' },
  { label: 'Open', state: 'open' },
  { label: 'Closed', state: 'closed' },
];

function TransitCard({ t }: { t: TransitSummary }) {
  const figure = (label: string, value: string) => (
    <div>
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="tabular-nums font-medium">
        {value} {t.unit}
      </dd>
    </div>
  );
  return (
    <li className="card space-y-2">
      <p className="flex flex-wrap items-center gap-2">
        <Link className="text-lg font-semibold text-brand-700 underline" href={transitHref(t.number)}>
          {t.number}
        </Link>
        <TransitStatusBadge status={t.status} />
      </p>
      <p className="break-words text-sm">
        <Link className="text-brand-700 underline" href={itemHref(t.sku)}>
          {t.sku}
        </Link>
        {/* Codes, not links: a document is listed when either end is visible, so one end's page may not be. */}
        {` · from ${t.from} to ${t.to}`}
      </p>
      <dl className="grid grid-cols-3 gap-2 text-sm">
        {figure('Shipped', t.shipped)}
        {figure('Received', t.received)}
        {figure('Remaining', t.remaining)}
      </dl>
      <p className="text-xs text-slate-600">
        Shipped <DateTime value={new Date(t.shippedAt)} />
      </p>
    </li>
  );
}

export default async function TransitsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const state = param(sp, 'state');
  const cursor = param(sp, 'cursor') || null;
  const page = await attempt(listTransits(actor, { state }, { limit: PAGE_SIZE, cursor }));
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        <Link className="text-brand-700 underline" href="/inventory">
          Inventory
        </Link>{' '}
        / Transits
      </p>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Transits between sites</h1>
        {can(actor, 'inventory.transfer') ? (
          <Link className="btn-primary min-h-12" href={shipHref()}>
            Ship to another site
          </Link>
        ) : null}
      </div>
      <nav aria-label="Transits by state">
        <ul className="flex flex-wrap gap-1">
          {FILTERS.map((f) => (
            <li key={f.label}>
              <Link
                href={hrefWith(TRANSITS_HREF, { state: f.state })}
                aria-current={state === f.state ? 'page' : undefined}
                className={`block min-h-11 rounded-md border px-4 py-2.5 text-sm font-medium ${state === f.state ? 'border-brand-700 bg-brand-50 text-brand-800' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-100'}`}
              >
                {f.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {!page.ok ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {page.message}
        </p>
      ) : page.value.data.length === 0 ? (
        <p className="card text-slate-700">{state === 'open' ? 'No open transits.' : state === 'closed' ? 'No closed transits.' : 'No transits yet.'}</p>
      ) : (
        <>
          <ul className="space-y-2" aria-label="Transits, open ones first">
            {page.value.data.map((t) => (
              <TransitCard key={t.number} t={t} />
            ))}
          </ul>
          <Pager label="Transit pages" cursor={cursor} nextCursor={page.value.nextCursor} hrefFor={(next) => hrefWith(TRANSITS_HREF, { state, cursor: next })} />
        </>
      )}
    </div>
  );
}
