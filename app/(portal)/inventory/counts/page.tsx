import Link from 'next/link';
import { DateTime } from '@/app/_components/date-time';
import { requireActor } from '@/app/_server/session';
import { listCounts } from '@/lib/inventory/counts/list-counts';
import { can } from '@/lib/roles/actor';
import { Pager } from '../_components/pager';
import { attempt } from '../_lib/attempt';
import { hrefWith, param, type SearchParams } from '../_lib/search-params';
import { CountStatusBadge } from './_components/count-status-badge';
import { countHref } from './_lib/count-links';

const FILTERS = [
  { label: 'All', status: '' },
  { label: 'Open', status: 'open' },
  { label: 'Posted', status: 'posted' },
  { label: 'Discarded', status: 'discarded' },
];

export default async function CountsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const status = param(sp, 'status');
  const cursor = param(sp, 'cursor') || null;
  const heading = (
    <p className="text-sm text-slate-700">
      <Link className="text-brand-700 underline" href="/inventory">
        Inventory
      </Link>{' '}
      / Counts
    </p>
  );
  if (!can(actor, 'inventory.count')) {
    return (
      <div className="space-y-4">
        {heading}
        <h1 className="text-2xl font-semibold">Stock counts</h1>
        <p className="card text-slate-700">Your role does not take part in stock counts. Ask a lead or an Admin.</p>
      </div>
    );
  }
  const page = await attempt(listCounts(actor, { status }, { limit: 50, cursor }));
  return (
    <div className="space-y-4">
      {heading}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Stock counts</h1>
        <Link className="btn-primary min-h-12" href="/inventory/counts/new">
          New count
        </Link>
      </div>
      <nav aria-label="Counts by status">
        <ul className="flex flex-wrap gap-1">
          {FILTERS.map((f) => (
            <li key={f.label}>
              <Link
                href={hrefWith('/inventory/counts', { status: f.status })}
                aria-current={status === f.status ? 'page' : undefined}
                className={`block min-h-11 rounded-md border px-4 py-2.5 text-sm font-medium ${status === f.status ? 'border-brand-700 bg-brand-50 text-brand-800' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-100'}`}
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
        <p className="card text-slate-700">No counts yet.</p>
      ) : (
        <>
          <ul className="space-y-2" aria-label="Counts">
            {page.value.data.map((c) => (
              <li key={c.id} className="card flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
                <div className="min-w-0 space-y-1">
                  <p>
                    <Link className="text-lg font-semibold text-brand-700 underline" href={countHref(c.id)}>
                      {c.number}
                    </Link>{' '}
                    <CountStatusBadge status={c.status} />
                    {c.blind ? <span className="ml-1 text-sm text-slate-700">· blind</span> : null}
                  </p>
                  <p className="break-words text-sm text-slate-700">
                    {c.location.name} ({c.location.code})
                  </p>
                  <p className="text-xs text-slate-600">
                    Opened by {c.createdBy}, <DateTime value={c.createdAt} />
                  </p>
                </div>
                <p className="text-sm tabular-nums text-slate-800">
                  {c.counted} of {c.lines} lines counted
                </p>
              </li>
            ))}
          </ul>
          <Pager label="Count pages" cursor={cursor} nextCursor={page.value.nextCursor} hrefFor={(next) => hrefWith('/inventory/counts', { status, cursor: next })} />
        </>
      )}
    </div>
  );
}
