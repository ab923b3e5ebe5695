import Form from 'next/form';
import Link from 'next/link';
import { requireActor } from '@/app/_server/session';
import { can } from '@/lib/roles/actor';
import { listProductCards } from '@/lib/serials/list-product-cards';
import { hrefWith, param, type SearchParams } from '../inventory/_lib/search-params';
import { FilterLinks } from './_components/filter-links';
import { ProductCard } from './_components/product-card';
import { LOG_HREF, PRODUCTION_HREF, WORK_ORDERS_HREF } from './_lib/links';

export default async function ProductionInventoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const view = param(sp, 'view') === 'all' ? 'all' : 'available';
  const kind = param(sp, 'kind');
  const search = param(sp, 'search').trim().slice(0, 100);
  // Kinds are offered from the same list (the kinds present in this view), so the kind filter applies here.
  const all = await listProductCards(actor, { view, search });
  const kinds = [...new Map(all.map((c) => [c.kind, c.kindName])).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  if (kind && !kinds.some(([code]) => code === kind)) kinds.push([kind, kind]);
  const cards = kind ? all.filter((c) => c.kind === kind) : all;
  const keep = { view: view === 'all' ? 'all' : undefined, kind: kind || undefined, search: search || undefined };
  const canAdjust = can(actor, 'inventory.adjust');
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Production › Inventory</h1>
        <div className="flex flex-wrap gap-2">
          <Link className="btn-secondary" href={WORK_ORDERS_HREF}>
            Work orders
          </Link>
          <Link className="btn-secondary" href={LOG_HREF}>
            Inventory log
          </Link>
        </div>
      </div>
      <FilterLinks
        label="Which products"
        links={[
          { label: 'Available Stock', href: hrefWith(PRODUCTION_HREF, { ...keep, view: undefined }), current: view === 'available' },
          { label: 'All Historical', href: hrefWith(PRODUCTION_HREF, { ...keep, view: 'all' }), current: view === 'all' },
        ]}
      />
      <FilterLinks
        label="Product kind"
        links={[{ code: '', name: 'All' }, ...kinds.map(([code, name]) => ({ code, name }))].map((k) => ({
          label: k.name,
          href: hrefWith(PRODUCTION_HREF, { ...keep, kind: k.code || undefined }),
          current: kind === k.code,
        }))}
      />
      <Form action={PRODUCTION_HREF} className="card flex flex-wrap items-end gap-3" aria-label="Search products">
        {keep.view ? <input type="hidden" name="view" value={keep.view} /> : null}
        {keep.kind ? <input type="hidden" name="kind" value={keep.kind} /> : null}
        <div className="min-w-0 flex-1 basis-56 space-y-1">
          <label htmlFor="product-search" className="block text-sm font-medium text-slate-800">
            Search by product name or code
          </label>
          <input id="product-search" name="search" type="search" defaultValue={search} maxLength={100} className="input" />
        </div>
        <button type="submit" className="btn-primary">
          Search
        </button>
        {search ? (
          <Link className="btn-secondary" href={hrefWith(PRODUCTION_HREF, { ...keep, search: undefined })}>
            Clear search
          </Link>
        ) : null}
      </Form>
      {cards.length ? (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Products">
          {cards.map((card) => (
            <li key={card.sku}>
              <ProductCard card={card} canAdjust={canAdjust} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="card text-slate-700">
          {view === 'available' ? 'No product has units in stock here' : 'No product has serial numbers here'}
          {search || kind ? ' that matches the search and kind.' : '.'}
          {view === 'available' ? (
            <>
              {' '}
              <Link className="text-brand-700 underline" href={hrefWith(PRODUCTION_HREF, { ...keep, view: 'all' })}>
                Show all historical
              </Link>
            </>
          ) : null}
        </p>
      )}
    </div>
  );
}
