import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireActor } from '@/app/_server/session';
import { can } from '@/lib/roles/actor';
import { listPartners } from '@/lib/sales/list-partners';
import { Pager } from '../../inventory/_components/pager';
import { attempt } from '../../inventory/_lib/attempt';
import { hrefWith, param, type SearchParams } from '../../inventory/_lib/search-params';
import { PARTNERS_HREF, SALES_ORDERS_HREF } from '../_lib/links';
import { PartnerForm } from './partner-form';

const PAGE_SIZE = 50;

export default async function PartnersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, 'sales.view')) notFound();
  const sp = await searchParams;
  const search = param(sp, 'search');
  const cursor = param(sp, 'cursor') || null;
  const page = await attempt(listPartners(actor, { search }, { limit: PAGE_SIZE, cursor }));
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        <Link className="text-brand-700 underline" href={SALES_ORDERS_HREF}>
          Sales orders
        </Link>{' '}
        / Customers
      </p>
      <h1 className="text-2xl font-semibold">Customers and suppliers</h1>
      <form method="get" action={PARTNERS_HREF} className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 space-y-1 sm:max-w-sm">
          <label htmlFor="search" className="block text-sm font-medium text-slate-800">
            Search
          </label>
          <input id="search" name="search" type="search" defaultValue={search} placeholder="Code or name" autoComplete="off" className="input min-h-11" />
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
        <p className="card text-slate-700">{search ? 'Nobody matches.' : 'No customers yet.'}</p>
      ) : (
        <>
          <ul className="space-y-2" aria-label="Customers and suppliers by code">
            {page.value.data.map((p) => (
              <li key={p.code} className="card flex flex-wrap items-center justify-between gap-2">
                <div className="min-w-0">
                  <p className="break-words font-medium">{p.name}</p>
                  <p className="text-sm text-slate-600">
                    {p.code} · {p.kind === 'customer' ? 'Customer' : 'Supplier'}
                    {p.active ? '' : ' · inactive'}
                  </p>
                </div>
                {p.kind === 'customer' ? (
                  <Link className="text-sm text-brand-700 underline" href={hrefWith(SALES_ORDERS_HREF, { partner: p.code })}>
                    {p.openOrders === 1 ? '1 open order' : `${p.openOrders} open orders`}
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
          <Pager label="Customer pages" cursor={cursor} nextCursor={page.value.nextCursor} hrefFor={(next) => hrefWith(PARTNERS_HREF, { search, cursor: next })} />
        </>
      )}
      {can(actor, 'sales.manage') ? <PartnerForm /> : null}
    </div>
  );
}
