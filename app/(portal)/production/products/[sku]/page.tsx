import { randomUUID } from 'node:crypto';
import Form from 'next/form';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { loadOr404 } from '@/app/_server/page-data';
import { requireActor } from '@/app/_server/session';
import { inventoryChoices } from '@/lib/inventory/queries/inventory-choices';
import { can } from '@/lib/roles/actor';
import { getProduct } from '@/lib/serials/get-product';
import { listSerials } from '@/lib/serials/list-serials';
import { Pager } from '../../../inventory/_components/pager';
import { attempt } from '../../../inventory/_lib/attempt';
import { param, routeParam, type SearchParams } from '../../../inventory/_lib/search-params';
import { FilterLinks } from '../../_components/filter-links';
import { StatList } from '../../_components/product-card';
import { SerialTable } from '../../_components/serial-table';
import { LowStockBadge } from '../../_components/status-badge';
import { isStatusFilter, STATUS_FILTERS, STATUS_LABEL } from '../../_lib/labels';
import { adjustHref, PRODUCTION_HREF, productHref, productLogHref } from '../../_lib/links';

const PAGE_SIZE = 50;

export default async function ProductPage({ params, searchParams }: { params: Promise<{ sku: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const sku = routeParam((await params).sku);
  if (sku.length > 64) notFound();
  // Unknown, not serial-numbered, or nothing of it in the actor's scope: the 404 page.
  const product = await loadOr404(getProduct(actor, sku));
  const sp = await searchParams;
  const status = param(sp, 'status');
  const search = param(sp, 'search').trim().slice(0, 100);
  const cursor = param(sp, 'cursor') || null;
  const canAdvance = can(actor, 'serials.advance');
  const canApprove = can(actor, 'serials.manage');
  const [page, choices] = await Promise.all([
    attempt(listSerials(actor, { product: product.sku, status: status || undefined, search, cursor, limit: PAGE_SIZE })),
    canApprove && can(actor, 'inventory.view') ? inventoryChoices(actor) : null,
  ]);
  const keep = { status: status || undefined, search: search || undefined };
  const filterLabel = isStatusFilter(status) ? STATUS_FILTERS.find((f) => f.value === status)?.label : 'All';
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p className="text-sm text-slate-700">
          <Link className="text-brand-700 underline" href={PRODUCTION_HREF}>
            Production
          </Link>{' '}
          / Product
        </p>
        <h1 className="text-2xl font-semibold">{product.name}</h1>
        <p className="break-all text-slate-700">
          {product.sku} · {product.kindName}
        </p>
        {product.lowStock ? <LowStockBadge threshold={product.lowStockAt} /> : null}
        <div className="flex flex-wrap gap-2">
          {can(actor, 'inventory.adjust') ? (
            <Link className="btn-secondary" href={adjustHref(product.sku)}>
              Adjust stock
            </Link>
          ) : null}
          <Link className="btn-secondary" href={productLogHref(product.sku)}>
            Inventory log
          </Link>
        </div>
      </div>

      <section aria-labelledby="stats-heading" className="card space-y-2">
        <h2 id="stats-heading" className="text-lg font-semibold">
          Statistics
        </h2>
        <StatList
          stats={[
            ['In Stock', product.inStock],
            ['In Production', product.inProduction],
            ['Defects', product.defects],
            ['Delivered', product.delivered],
            ['Total Serials', product.totalSerials],
          ]}
        />
      </section>

      <section aria-labelledby="stages-heading" className="card space-y-2">
        <h2 id="stages-heading" className="text-lg font-semibold">
          Stages
        </h2>
        {product.stages.length ? (
          <ol className="flex flex-wrap gap-2 text-sm">
            {product.stages.map((s, i) => (
              <li key={s.name} className="rounded-md border border-slate-300 bg-slate-50 px-3 py-1.5">
                {i + 1}. {s.name}
                {s.optional ? <span className="text-slate-600"> (optional)</span> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-slate-700">No stages are set for this product.</p>
        )}
      </section>

      <section aria-labelledby="serials-heading" className="space-y-3">
        <h2 id="serials-heading" className="text-lg font-semibold">
          Serial numbers
        </h2>
        <FilterLinks
          label="Serial status"
          links={STATUS_FILTERS.map((f) => ({ label: f.label, href: productHref(product.sku, { ...keep, status: f.value || undefined }), current: status === f.value }))}
        />
        <Form action={productHref(product.sku)} className="card flex flex-wrap items-end gap-3" aria-label="Search serial numbers">
          {keep.status ? <input type="hidden" name="status" value={keep.status} /> : null}
          <div className="min-w-0 flex-1 basis-56 space-y-1">
            <label htmlFor="serial-search" className="block text-sm font-medium text-slate-800">
              Search serial number
            </label>
            <input id="serial-search" name="search" type="search" defaultValue={search} maxLength={100} className="input" autoCapitalize="characters" spellCheck={false} />
          </div>
          <button type="submit" className="btn-primary">
            Search
          </button>
          {search ? (
            <Link className="btn-secondary" href={productHref(product.sku, { ...keep, search: undefined })}>
              Clear search
            </Link>
          ) : null}
        </Form>
        {page.ok ? (
          <>
            <SerialTable
              rows={page.value.data}
              caption={`Serial numbers of ${product.sku}: ${filterLabel}${search ? `, matching ${search}` : ''}, most recently changed first`}
              canAdvance={canAdvance}
              canApprove={canApprove}
              locations={choices?.locations ?? []}
              bulkKey={randomUUID()}
              empty={`No serial numbers${isStatusFilter(status) ? ` with status ${STATUS_LABEL[status]}` : ''}${search ? ` matching ${search}` : ''}${cursor ? ' on this page' : ''}.`}
            />
            <Pager label="Serial number pages" cursor={cursor} nextCursor={page.value.nextCursor} hrefFor={(c) => productHref(product.sku, { ...keep, cursor: c })} />
          </>
        ) : (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {page.message}
          </p>
        )}
      </section>
    </div>
  );
}
