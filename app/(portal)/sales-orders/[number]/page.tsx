import Link from 'next/link';
import { DateTime } from '@/app/_components/date-time';
import { loadOr404 } from '@/app/_server/page-data';
import { requireActor } from '@/app/_server/session';
import { can } from '@/lib/roles/actor';
import { getSalesOrder, type SalesOrderLineView } from '@/lib/sales/get-sales-order';
import { param, routeParam, type SearchParams } from '../../inventory/_lib/search-params';
import { SalesOrderStatusBadge } from '../_components/status-badge';
import { SalesOrderStatusForm } from '../_components/status-form';
import { dayOf } from '../_lib/labels';
import { SALES_ORDERS_HREF } from '../_lib/links';

function LineCard({ line }: { line: SalesOrderLineView }) {
  const figure = (label: string, value: string) => (
    <div>
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="tabular-nums font-medium">
        {value} {line.unit}
      </dd>
    </div>
  );
  return (
    <li className="card space-y-2">
      <p className="break-words">
        <span className="font-semibold">{line.sku}</span> · {line.name}
      </p>
      <dl className="grid grid-cols-3 gap-2 text-sm">
        {figure('Ordered', line.quantity)}
        {figure('Delivered', line.delivered)}
        {figure('Open', line.open)}
      </dl>
      {line.serials.length ? (
        <details className="text-sm">
          <summary className="min-h-10 cursor-pointer py-2 text-brand-700">
            {line.serials.length} serial number{line.serials.length === 1 ? '' : 's'} delivered
          </summary>
          <ul className="flex flex-wrap gap-2 pt-1">
            {line.serials.map((s) => (
              <li key={s} className="rounded bg-slate-100 px-2 py-1 font-mono text-xs break-all">
                {s}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}

export default async function SalesOrderPage({ params, searchParams }: { params: Promise<{ number: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  // Unknown and out-of-scope numbers alike: the 404 page.
  const o = await loadOr404(getSalesOrder(actor, routeParam((await params).number)));
  const created = param(await searchParams, 'created') === '1';
  const anythingDelivered = o.lines.some((l) => /[1-9]/.test(l.delivered));
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <p className="text-sm text-slate-700">
          <Link className="text-brand-700 underline" href={SALES_ORDERS_HREF}>
            Sales orders
          </Link>
          {' / '}
          {o.number}
        </p>
        {created ? (
          <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
            Sales order {o.number} is open.
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h1 className="text-2xl font-semibold">Sales order {o.number}</h1>
          <SalesOrderStatusBadge status={o.status} />
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:max-w-xl">
          <dt className="text-slate-600">Customer</dt>
          <dd className="break-words">
            {o.partner.name} ({o.partner.code})
          </dd>
          <dt className="text-slate-600">Expected</dt>
          <dd>{o.expectedAt ? dayOf(o.expectedAt) : 'No date yet (not offered for scanning)'}</dd>
          <dt className="text-slate-600">Ships from</dt>
          <dd className="break-words">{o.department}</dd>
          <dt className="text-slate-600">Created</dt>
          <dd className="break-words">
            <DateTime value={new Date(o.createdAt)} /> by {o.createdBy}
          </dd>
          {o.note ? (
            <>
              <dt className="text-slate-600">Note</dt>
              <dd className="break-words whitespace-pre-line">{o.note}</dd>
            </>
          ) : null}
        </dl>
        {can(actor, 'sales.manage') ? <SalesOrderStatusForm number={o.number} status={o.status} anythingDelivered={anythingDelivered} openLines={o.openLines} /> : null}
      </div>
      <section aria-labelledby="lines-heading" className="space-y-2">
        <h2 id="lines-heading" className="text-lg font-semibold">
          Lines ({o.openLines} of {o.lines.length} open)
        </h2>
        <ul className="space-y-2">
          {o.lines.map((l) => (
            <LineCard key={l.position} line={l} />
          ))}
        </ul>
      </section>
    </div>
  );
}
