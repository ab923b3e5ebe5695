import Link from 'next/link';
import { loadOr404 } from '@/app/_server/page-data';
import { requireActor } from '@/app/_server/session';
import { reviewVariances } from '@/lib/inventory/counts/review-variances';
import { can } from '@/lib/roles/actor';
import { NUM } from '../../../_components/labels';
import { itemHref } from '../../../_lib/links';
import { CloseCountForms } from '../../_components/close-count-forms';
import { CountStatusBadge } from '../../_components/count-status-badge';
import { countHref } from '../../_lib/count-links';

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  // A blind count's variances are FORBIDDEN to counters: like an unknown count, the 404 page.
  const review = await loadOr404(reviewVariances(actor, id));
  const open = review.status === 'open';
  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <p className="text-sm text-slate-700">
          <Link className="text-brand-700 underline" href="/inventory/counts">
            Counts
          </Link>{' '}
          /{' '}
          <Link className="text-brand-700 underline" href={countHref(review.id)}>
            {review.number}
          </Link>{' '}
          / Variances
        </p>
        <h1 className="text-2xl font-semibold">
          Variances of {review.number} <CountStatusBadge status={review.status} />
        </h1>
        <p className="text-slate-700">
          {review.location} · {review.lines.length} lines counted, {review.withVariance} with a difference, worth <strong className="tabular-nums">{review.totalValue}</strong> at standard cost.
        </p>
        {open ? (
          <p className="text-sm text-slate-700">
            A variance is what was counted minus what the system held at the moment of counting. Posting moves the stock there now by that much, so movements since the count stay in.
          </p>
        ) : null}
      </div>

      {review.lines.length ? (
        <div className="card overflow-x-auto p-0" tabIndex={0} role="region" aria-label="Counted lines and their variances">
          <table className="table">
            <caption className="sr-only">Counted lines and their variances</caption>
            <thead>
              <tr>
                <th scope="col">SKU</th>
                <th scope="col">Location</th>
                <th scope="col" className="text-right">Expected</th>
                <th scope="col" className="text-right">At count</th>
                <th scope="col" className="text-right">Counted</th>
                <th scope="col" className="text-right">Variance</th>
                <th scope="col" className="text-right">Value</th>
                <th scope="col" className="text-right">On hand now</th>
                {open ? <th scope="col" className="text-right">After posting</th> : null}
              </tr>
            </thead>
            <tbody>
              {review.lines.map((l) => (
                <tr key={l.id} className={l.differs ? 'bg-amber-50' : undefined}>
                  <td className="whitespace-nowrap">
                    <Link className="text-brand-700 underline" href={itemHref(l.sku)}>
                      {l.sku}
                    </Link>
                    <span className="block text-xs text-slate-600">
                      {l.itemName}
                      {l.added ? ' · added' : null}
                    </span>
                  </td>
                  <td>{l.location}</td>
                  <td className={NUM}>{l.expected}</td>
                  <td className={NUM}>{l.systemAtCount}</td>
                  <td className={NUM}>{l.counted}</td>
                  <td className={`${NUM} font-semibold`}>
                    {l.variance} {l.unit}
                  </td>
                  <td className={NUM}>{l.value}</td>
                  <td className={NUM}>{l.onHandNow}</td>
                  {open ? <td className={NUM}>{l.afterPosting}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="card text-slate-700">Nothing has been counted yet.</p>
      )}

      {review.uncounted.length ? (
        <section aria-labelledby="uncounted-heading" className="space-y-2">
          <h2 id="uncounted-heading" className="text-lg font-semibold">
            Not counted ({review.uncounted.length})
          </h2>
          <p className="text-sm text-slate-700">{open ? 'Posting leaves the stock of these lines as it is.' : 'Their stock was left as it was.'}</p>
          <ul className="card divide-y divide-slate-100 p-0">
            {review.uncounted.map((u) => (
              <li key={u.id} className="flex flex-wrap justify-between gap-x-3 px-4 py-2 text-sm">
                <span className="break-all">
                  {u.sku} at {u.location}
                </span>
                <span className="tabular-nums">
                  expected {u.expected} {u.unit}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {open && can(actor, 'inventory.adjust') ? <CloseCountForms countId={review.id} withVariance={review.withVariance} /> : null}
    </div>
  );
}
