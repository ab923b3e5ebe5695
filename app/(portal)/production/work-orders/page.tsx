import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireActor } from '@/app/_server/session';
import { can } from '@/lib/roles/actor';
import { listSerialProducts } from '@/lib/serials/list-serial-products';
import { listWorkOrders } from '@/lib/serials/list-work-orders';
import type { WorkOrderSummary } from '@/lib/serials/work-order-view';
import { Pager } from '../../inventory/_components/pager';
import { attempt } from '../../inventory/_lib/attempt';
import { hrefWith, param, type SearchParams } from '../../inventory/_lib/search-params';
import { PRODUCTION_HREF, WORK_ORDERS_HREF, workOrderHref } from '../_lib/links';
import { SerialCountBar } from './_components/serial-count-bar';
import { WorkOrderStatusBadge } from './_components/work-order-status-badge';
import { dayOf, WORK_ORDER_TABS } from './_lib/work-order-labels';

const PAGE_SIZE = 50;

function WorkOrderCard({ w }: { w: WorkOrderSummary }) {
  return (
    <li className="card space-y-2">
      <p className="flex flex-wrap items-center gap-2">
        <Link className="text-lg font-semibold text-brand-700 underline" href={workOrderHref(w.number)}>
          {w.number}
        </Link>
        <WorkOrderStatusBadge status={w.status} />
      </p>
      <p className="break-words text-sm">
        <span className="font-medium">{w.product}</span> · {w.productName}
      </p>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-xs text-slate-600">Quantity</dt>
          <dd className="tabular-nums font-medium">{w.quantity}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">Due</dt>
          <dd className="tabular-nums">{dayOf(w.dueAt)}</dd>
        </div>
        <div className="col-span-2">
          <dt className="text-xs text-slate-600">Team</dt>
          <dd className="break-words">{w.team ? `${w.team} (${w.department})` : `${w.department}, no team`}</dd>
        </div>
      </dl>
      <SerialCountBar counts={w.counts} />
    </li>
  );
}

export default async function WorkOrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, 'serials.view')) notFound();
  const sp = await searchParams;
  const status = param(sp, 'status');
  const product = param(sp, 'product');
  const cursor = param(sp, 'cursor') || null;
  const [page, products] = await Promise.all([attempt(listWorkOrders(actor, { status, product }, { limit: PAGE_SIZE, cursor })), listSerialProducts(actor)]);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        <Link className="text-brand-700 underline" href={PRODUCTION_HREF}>
          Production
        </Link>{' '}
        / Work orders
      </p>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Work orders</h1>
        {can(actor, 'workorders.manage') ? (
          <Link className="btn-primary min-h-12" href={hrefWith(`${WORK_ORDERS_HREF}/new`, { product })}>
            New work order
          </Link>
        ) : null}
      </div>
      <nav aria-label="Work orders by status">
        <ul className="flex flex-wrap gap-1">
          {WORK_ORDER_TABS.map((t) => (
            <li key={t.label}>
              <Link
                href={hrefWith(WORK_ORDERS_HREF, { status: t.value, product })}
                aria-current={status === t.value ? 'page' : undefined}
                className={`block min-h-11 rounded-md border px-4 py-2.5 text-sm font-medium ${status === t.value ? 'border-brand-700 bg-brand-50 text-brand-800' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-100'}`}
              >
                {t.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action={WORK_ORDERS_HREF} className="flex flex-wrap items-end gap-2">
        {status ? <input type="hidden" name="status" value={status} /> : null}
        <div className="min-w-0 flex-1 space-y-1 sm:max-w-sm">
          <label htmlFor="product" className="block text-sm font-medium text-slate-800">
            Product
          </label>
          <select id="product" name="product" defaultValue={product} className="input">
            <option value="">All products</option>
            {products.map((p) => (
              <option key={p.sku} value={p.sku}>
                {`${p.sku} · ${p.name}${p.active ? '' : ' (inactive)'}`}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary min-h-10">
          Show
        </button>
      </form>
      {!page.ok ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {page.message}
        </p>
      ) : page.value.data.length === 0 ? (
        <p className="card text-slate-700">{status || product ? 'No work orders match.' : 'No work orders yet.'}</p>
      ) : (
        <>
          <ul className="space-y-2" aria-label="Work orders, newest first">
            {page.value.data.map((w) => (
              <WorkOrderCard key={w.number} w={w} />
            ))}
          </ul>
          <Pager label="Work order pages" cursor={cursor} nextCursor={page.value.nextCursor} hrefFor={(next) => hrefWith(WORK_ORDERS_HREF, { status, product, cursor: next })} />
        </>
      )}
    </div>
  );
}
