import Link from 'next/link';
import { requireActor } from '@/app/_server/session';
import { inventoryChoices } from '@/lib/inventory/queries/inventory-choices';
import { listInventory } from '@/lib/inventory/queries/list-inventory';
import { can } from '@/lib/roles/actor';
import { InventoryFilterForm } from './_components/inventory-filter-form';
import { InventoryTable } from './_components/inventory-table';
import { InventoryTabs } from './_components/inventory-tabs';
import { Pager } from './_components/pager';
import { byLocation, domainFilter, filterParams } from './_lib/inventory-filter-params';
import { attempt } from './_lib/attempt';
import { hrefWith, param, type SearchParams } from './_lib/search-params';

const PAGE_SIZE = 50;

export default async function InventoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const filter = filterParams(sp);
  const cursor = param(sp, 'cursor') || null;
  const [choices, page] = await Promise.all([inventoryChoices(actor), attempt(listInventory(actor, domainFilter(filter), { limit: PAGE_SIZE, cursor }))]);
  const grouped = byLocation(filter);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Inventory</h1>
        <div className="flex flex-wrap gap-2">
          {/* Every role may follow transits; who ships and receives is decided by the transit operations. */}
          <Link className="btn-secondary" href="/inventory/transits">
            Transits
          </Link>
          {can(actor, 'inventory.count') ? (
            <Link className="btn-secondary" href="/inventory/counts">
              Counts
            </Link>
          ) : null}
          {can(actor, 'inventory.export') ? (
            // A plain link: the browser downloads what the route handler streams.
            <a className="btn-secondary" href={hrefWith('/inventory/export.csv', filter)} download>
              Export CSV
            </a>
          ) : null}
        </div>
      </div>
      <InventoryTabs filter={filter} />
      <InventoryFilterForm filter={filter} kinds={choices.kinds} sites={choices.sites} errors={page.ok ? {} : page.fieldErrors} />
      {filter.asOf ? <p className="text-sm text-slate-700">Stock as it was at {filter.asOf.replace('T', ' ')} UTC.</p> : null}
      {page.ok ? (
        <>
          <InventoryTable rows={page.value.data} byLocation={grouped} caption={grouped ? 'Stock by location' : 'Stock by item'} printable />
          <Pager label="Inventory pages" cursor={cursor} nextCursor={page.value.nextCursor} hrefFor={(c) => hrefWith('/inventory', { ...filter, cursor: c })} />
        </>
      ) : (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {page.message}
        </p>
      )}
    </div>
  );
}
