import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireActor } from '@/app/_server/session';
import { can } from '@/lib/roles/actor';
import { listPartners } from '@/lib/sales/list-partners';
import { listSalesOrders } from '@/lib/sales/list-sales-orders';
import type { SalesOrderSummary } from '@/lib/sales/sales-order-view';
import { Pager } from '../inventory/_components/pager';
import { attempt } from '../inventory/_lib/attempt';
import { hrefWith, param, type SearchParams } from '../inventory/_lib/search-params';
import { SalesOrderStatusBadge } from './_components/status-badge';
import { dayOf, SALES_ORDER_TABS } from './_lib/labels';
import { NEW_SALES_ORDER_HREF, PARTNERS_HREF, salesOrderHref, SALES_ORDERS_HREF } from './_lib/links';

const PAGE_SIZE = 50;
/** Enough customers for the filter's list; more are still found with the search box. */
const CUSTOMER_CHOICES = 500;

function SalesOrderCard({ o }: { o: SalesOrderSummary }) {
  return (
    <li className="card space-y-2">
      <p className="flex flex-wrap items-center gap-2">
        <Link className="text-lg font-semibold text-brand-700 underline" href={salesOrderHref(o.number)}>
          {o.number}
        </Link>
        <SalesOrderStatusBadge status={o.status} />
      </p>
      <p className="break-words text-sm">
        <span className="font-medium">{o.partner.name}</span> · {o.partner.code}
      </p>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-xs text-slate-600">Expected</dt>
          <dd className="tabular-nums">{dayOf(o.expectedAt)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">Lines open</dt>
          <dd className="tabular-nums">
            {o.openLines} of {o.lines}
          </dd>
        </div>
        <div className="col-span-2">
          <dt className="text-xs text-slate-600">Ships from</dt>
          <dd className="break-words">{o.department}</dd>
        </div>
      </dl>
    </li>
  );
}

export default async function SalesOrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, 'sales.view')) notFound();
  const sp = await searchParams;
  const status = param(sp, 'status');
  const partner = param(sp, 'partner');
  const search = param(sp, 'search');
  const cursor = param(sp, 'cursor') || null;
  const [page, customers] = await Promise.all([
    attempt(listSalesOrders(actor, { status, partner, search }, { limit: PAGE_SIZE, cursor })),
    listPartners(actor, { kind: 'customer' }, { limit: CUSTOMER_CHOICES }),
  ]);
  const filtered = !!(status || partner || search);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Sales orders</h1>
        <div className="flex flex-wrap gap-2">
          <Link className="btn-secondary min-h-12" href={PARTNERS_HREF}>
            Customers
          </Link>
          {can(actor, 'sales.manage') ? (
            <Link className="btn-primary min-h-12" href={hrefWith(NEW_SALES_ORDER_HREF, { partner })}>
              New sales order
            </Link>
          ) : null}
        </div>
      </div>
      <nav aria-label="Sales orders by status">
        <ul className="flex flex-wrap gap-1">
          {SALES_ORDER_TABS.map((t) => (
            <li key={t.label}>
              <Link
                href={hrefWith(SALES_ORDERS_HREF, { status: t.value, partner, search })}
                aria-current={status === t.value ? 'page' : undefined}
                className={`block min-h-11 rounded-md border px-4 py-2.5 text-sm font-medium ${status === t.value ? 'border-brand-700 bg-brand-50 text-brand-800' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-100'}`}
              >
                {t.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action={SALES_ORDERS_HREF} className="grid gap-2 sm:flex sm:flex-wrap sm:items-end">
        {status ? <input type="hidden" name="status" value={status} /> : null}
        <div className="min-w-0 space-y-1 sm:w-64">
          <label htmlFor="partner" className="block text-sm font-medium text-slate-800">
            Customer
          </label>
          <select id="partner" name="partner" defaultValue={partner} className="input min-h-11">
            <option value="">All customers</option>
            {customers.data.map((c) => (
              <option key={c.code} value={c.code}>
                {`${c.name} (${c.code})${c.active ? '' : ' — inactive'}`}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0 space-y-1 sm:w-64">
          <label htmlFor="search" className="block text-sm font-medium text-slate-800">
            Search
          </label>
          <input id="search" name="search" type="search" defaultValue={search} placeholder="Order number or customer" autoComplete="off" className="input min-h-11" />
        </div>
        <button type="submit" className="btn-secondary min-h-11">
          Show
        </button>
      </form>
      {!page.ok ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {page.message}
        </p>
      ) : page.value.data.length === 0 ? (
        <p className="card text-slate-700">{filtered ? 'No sales orders match.' : 'No sales orders yet.'}</p>
      ) : (
        <>
          <ul className="space-y-2" aria-label="Sales orders, newest first">
            {page.value.data.map((o) => (
              <SalesOrderCard key={o.number} o={o} />
            ))}
          </ul>
          <Pager label="Sales order pages" cursor={cursor} nextCursor={page.value.nextCursor} hrefFor={(next) => hrefWith(SALES_ORDERS_HREF, { status, partner, search, cursor: next })} />
        </>
      )}
    </div>
  );
}
