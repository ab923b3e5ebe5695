import Form from 'next/form';
import Link from 'next/link';
import { DateTime } from '@/app/_components/date-time';
import { requireActor } from '@/app/_server/session';
import { listProductCards } from '@/lib/serials/list-product-cards';
import { listProductLog } from '@/lib/serials/list-product-log';
import { NUM } from '../../inventory/_components/labels';
import { Pager } from '../../inventory/_components/pager';
import { attempt } from '../../inventory/_lib/attempt';
import { hrefWith, param, type SearchParams } from '../../inventory/_lib/search-params';
import { LOG_HREF, PRODUCTION_HREF, productHref, serialHref } from '../_lib/links';

const PAGE_SIZE = 50;
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

export default async function ProductLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const product = param(sp, 'product').trim().slice(0, 64);
  const cursor = param(sp, 'cursor') || null;
  const [products, page] = await Promise.all([listProductCards(actor, { view: 'all' }), attempt(listProductLog(actor, { product: product || undefined, cursor, limit: PAGE_SIZE }))]);
  const options = products.map((p) => ({ sku: p.sku, name: p.name }));
  if (product && !options.some((o) => o.sku.toLowerCase() === product.toLowerCase())) options.push({ sku: product, name: product });
  const chosen = options.find((o) => o.sku.toLowerCase() === product.toLowerCase())?.sku ?? '';
  return (
    <div className="space-y-4">
      <div className="space-y-2">
        <p className="text-sm text-slate-700">
          <Link className="text-brand-700 underline" href={PRODUCTION_HREF}>
            Production
          </Link>{' '}
          / Inventory log
        </p>
        <h1 className="text-2xl font-semibold">Inventory log</h1>
        <p className="text-slate-700">QA approvals, deliveries, manual adjustments and defect markings of serial-numbered products, newest first. Before and after count the product&apos;s units in stock.</p>
      </div>
      <Form action={LOG_HREF} className="card flex flex-wrap items-end gap-3" aria-label="Filter the inventory log">
        <div className="min-w-0 flex-1 basis-56 space-y-1">
          <label htmlFor="log-product" className="block text-sm font-medium text-slate-800">
            Product
          </label>
          <select id="log-product" name="product" defaultValue={chosen} className="input">
            <option value="">All products</option>
            {options.map((o) => (
              <option key={o.sku} value={o.sku}>
                {o.name} ({o.sku})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-primary">
          Show
        </button>
        {product ? (
          <Link className="btn-secondary" href={LOG_HREF}>
            All products
          </Link>
        ) : null}
      </Form>
      {!page.ok ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {page.message}
        </p>
      ) : page.value.data.length ? (
        <>
          <div className="card overflow-x-auto p-0" tabIndex={0} role="region" aria-label="Inventory log entries">
            <table className="table">
              <caption className="sr-only">Inventory log{product ? ` of ${product}` : ''}, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Product</th>
                  <th scope="col">Serial</th>
                  <th scope="col">Action</th>
                  <th scope="col" className="text-right">
                    Change
                  </th>
                  <th scope="col" className="text-right">
                    Before → after
                  </th>
                  <th scope="col">User</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {page.value.data.map((e, i) => (
                  <tr key={`${e.serial}-${e.at}-${i}`}>
                    <td className="whitespace-nowrap">
                      <DateTime value={new Date(e.at)} />
                    </td>
                    <td className="whitespace-nowrap">
                      <Link className="inline-flex min-h-10 items-center text-brand-700 underline" href={productHref(e.product)}>
                        {e.product}
                      </Link>
                    </td>
                    <td className="whitespace-nowrap">
                      <Link className="inline-flex min-h-10 items-center text-brand-700 underline" href={serialHref(e.serial)}>
                        {e.serial}
                      </Link>
                    </td>
                    <td>{e.action}</td>
                    <td className={NUM}>{signed(e.change)}</td>
                    <td className={NUM}>
                      {e.before} → {e.after}
                    </td>
                    <td>{e.user}</td>
                    <td className="min-w-40 break-words">{e.note ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager label="Inventory log pages" cursor={cursor} nextCursor={page.value.nextCursor} hrefFor={(c) => hrefWith(LOG_HREF, { product: product || undefined, cursor: c })} />
        </>
      ) : (
        <p className="card text-slate-700">Nothing logged{product ? ` for ${product}` : ''} yet.</p>
      )}
    </div>
  );
}
