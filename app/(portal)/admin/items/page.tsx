import Link from 'next/link';
import { FormMessage } from '@/app/_components/field';
import { requireAdminPage } from '@/app/_server/admin-guard';
import { ITEM_STATUSES } from '@/lib/catalog/item-schemas';
import { listItemKinds } from '@/lib/catalog/list-item-kinds';
import { listItems, type ItemPage } from '@/lib/catalog/list-items';
import { DomainError } from '@/lib/errors';

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export default async function ItemsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireAdminPage();
  const sp = await searchParams;
  const filters = { q: first(sp.q), kind: first(sp.kind), status: first(sp.status) || 'active' };
  const after = first(sp.after);
  const kinds = await listItemKinds(actor);
  let page: ItemPage = { items: [], next: null };
  let problem: string | undefined;
  try {
    page = await listItems(actor, { ...filters, after });
  } catch (e) {
    // A hand-edited address is answered with a message, not an error page.
    if (!(e instanceof DomainError) || e.code !== 'INVALID_INPUT') throw e;
    problem = e.message;
  }
  const link = (extra: Record<string, string>) => `/admin/items?${new URLSearchParams({ ...filters, ...extra })}`;
  const created = first(sp.created);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Items</h1>
        <div className="flex flex-wrap gap-2">
          <Link href="/admin/kinds-and-units" className="btn-secondary">
            Kinds and units
          </Link>
          <Link href="/admin/items/new" className="btn-primary">
            New item
          </Link>
        </div>
      </div>
      {created ? <FormMessage ok message={`Item ${created} created.`} /> : null}
      <form method="get" action="/admin/items" className="card grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end" role="search" aria-label="Items">
        <div className="space-y-1">
          <label htmlFor="q" className="block text-sm font-medium text-slate-800">
            Search SKU, name or MPN
          </label>
          <input id="q" name="q" type="search" defaultValue={filters.q} className="input" />
        </div>
        <div className="space-y-1">
          <label htmlFor="kind" className="block text-sm font-medium text-slate-800">
            Kind
          </label>
          <select id="kind" name="kind" defaultValue={filters.kind} className="input">
            <option value="">All kinds</option>
            {kinds.map((k) => (
              <option key={k.code} value={k.code}>
                {k.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="status" className="block text-sm font-medium text-slate-800">
            Status
          </label>
          <select id="status" name="status" defaultValue={filters.status} className="input">
            {ITEM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s === 'all' ? 'All' : s === 'active' ? 'Active' : 'Inactive'}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          Show
        </button>
      </form>
      {problem ? <FormMessage message={problem} /> : null}
      <div className="card overflow-x-auto p-0">
        <table className="table">
          <caption className="sr-only">Items{filters.q ? ` matching ${filters.q}` : ''}</caption>
          <thead>
            <tr>
              <th scope="col">SKU</th>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Unit</th>
              <th scope="col">MPN</th>
              <th scope="col" className="text-right">
                Std. cost
              </th>
              <th scope="col" className="text-right">
                Low stock at
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((i) => (
              <tr key={i.id}>
                <td className="whitespace-nowrap">
                  <Link className="text-brand-700 underline" href={`/admin/items/${encodeURIComponent(i.sku)}`}>
                    {i.sku}
                  </Link>
                </td>
                <td className="min-w-48">{i.name}</td>
                <td>{i.kindName}</td>
                <td>{i.unitCode}</td>
                <td className="whitespace-nowrap">{i.mpn ?? ''}</td>
                <td className="text-right tabular-nums">{i.standardCost}</td>
                <td className="text-right tabular-nums">
                  {i.lowStockAt}
                  {i.lowStockThreshold === null ? <span className="text-slate-600"> (default)</span> : null}
                </td>
                <td>{i.active ? 'Active' : <span className="text-red-700">Inactive</span>}</td>
              </tr>
            ))}
            {page.items.length === 0 ? (
              <tr>
                <td colSpan={8} className="text-slate-600">
                  No items match.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {after || page.next ? (
        <nav aria-label="Pages" className="flex flex-wrap gap-2">
          {after ? (
            <Link href={link({})} className="btn-secondary">
              First page
            </Link>
          ) : null}
          {page.next ? (
            <Link href={link({ after: page.next })} className="btn-secondary">
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
