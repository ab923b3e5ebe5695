import Link from 'next/link';
import { DateTime } from '@/app/_components/date-time';
import { loadOr404 } from '@/app/_server/page-data';
import { requireActor } from '@/app/_server/session';
import { countStorageUnits } from '@/lib/inventory/counts/count-storage-units';
import { getCount } from '@/lib/inventory/counts/get-count';
import { locationHref } from '../../_lib/links';
import { hrefWith, param, type SearchParams } from '../../_lib/search-params';
import { AddCountLineForm } from '../_components/add-count-line-form';
import { CountLineForm } from '../_components/count-line-form';
import { CountStatusBadge } from '../_components/count-status-badge';
import { countHref, reviewHref } from '../_lib/count-links';

export default async function CountPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const { id } = await params;
  // Unknown, malformed and out-of-scope ids alike: the 404 page.
  const count = await loadOr404(getCount(actor, id));
  const at = param(await searchParams, 'at');
  const open = count.status === 'open';
  const units = [...new Map(count.lines.map((l) => [l.location, l.locationName])).entries()];
  const lines = at ? count.lines.filter((l) => l.location === at) : count.lines;
  const counted = count.lines.filter((l) => l.counted !== null).length;
  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <p className="text-sm text-slate-700">
          <Link className="text-brand-700 underline" href="/inventory/counts">
            Counts
          </Link>{' '}
          / {count.number}
        </p>
        <h1 className="text-2xl font-semibold">
          Count {count.number} <CountStatusBadge status={count.status} />
        </h1>
        <p className="break-words text-slate-700">
          <Link className="text-brand-700 underline" href={locationHref(count.location.code)}>
            {count.location.name} ({count.location.code})
          </Link>
          {count.location.code !== count.site.code ? ` · ${count.site.name}` : null}
          {count.blind ? ' · blind count' : null}
        </p>
        {count.note ? <p className="text-sm text-slate-700">Note: {count.note}</p> : null}
        <p className="text-sm text-slate-700">
          Opened by {count.createdBy}, <DateTime value={count.createdAt} />
          {count.postedAt ? (
            <>
              {' '}
              · posted by {count.postedBy}, <DateTime value={count.postedAt} />
              {count.postedGroupId ? null : ' (no differences, nothing booked)'}
            </>
          ) : null}
          {count.discardedAt ? (
            <>
              {' '}
              · discarded by {count.discardedBy}, <DateTime value={count.discardedAt} />
            </>
          ) : null}
        </p>
        <p className="font-medium tabular-nums">
          {counted} of {count.lines.length} lines counted
        </p>
        {count.showsExpected ? (
          <Link className={open ? 'btn-primary min-h-12' : 'btn-secondary min-h-12'} href={reviewHref(count.id)}>
            {open ? 'Review variances' : 'Variances'}
          </Link>
        ) : null}
      </div>

      {units.length > 1 ? (
        <nav aria-label="Storage units of this count">
          <ul className="flex flex-wrap gap-1">
            {[['', 'All'] as const, ...units.map(([code]) => [code, code] as const)].map(([code, label]) => (
              <li key={code || 'all'}>
                <Link
                  href={hrefWith(countHref(count.id), { at: code })}
                  aria-current={at === code ? 'page' : undefined}
                  className={`block min-h-11 rounded-md border px-3 py-2.5 text-sm font-medium ${at === code ? 'border-brand-700 bg-brand-50 text-brand-800' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-100'}`}
                >
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {lines.length ? (
        <ul className="space-y-3" aria-label="Count lines">
          {lines.map((line) => (
            <CountLineForm key={line.id} countId={count.id} line={line} open={open} />
          ))}
        </ul>
      ) : (
        <p className="card text-slate-700">{count.lines.length ? 'No lines at this storage unit.' : 'The system expects no stock here. Add what you find below.'}</p>
      )}

      {open ? <AddCountLineForm countId={count.id} units={await countStorageUnits(actor, count.id)} at={at} /> : null}
    </div>
  );
}
