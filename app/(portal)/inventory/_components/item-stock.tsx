// Sections of the item page that each read one domain query: stock per location and the on-hand chart.
import Link from 'next/link';
import { listInventory } from '@/lib/inventory/queries/list-inventory';
import { onHandSeries } from '@/lib/inventory/queries/on-hand-series';
import type { Actor } from '@/lib/roles/actor';
import { hrefWith } from '../_lib/search-params';
import { InventoryTable } from './inventory-table';
import { OnHandChart } from './on-hand-chart';

const SHOWN = 100;

export async function ItemStockByLocation({ actor, sku }: { actor: Actor; sku: string }) {
  const page = await listInventory(actor, { groupBy: 'location', sku }, { limit: SHOWN });
  return (
    <section aria-labelledby="stock-heading" className="space-y-2">
      <h2 id="stock-heading" className="text-lg font-semibold">
        Stock per location
      </h2>
      <InventoryTable rows={page.data} byLocation showItem={false} caption={`Stock of ${sku} per location`} />
      {page.nextCursor ? (
        <Link className="text-brand-700 underline" href={hrefWith('/inventory', { groupBy: 'location', sku })}>
          All locations holding {sku}
        </Link>
      ) : null}
    </section>
  );
}

export async function ItemOnHandChart({ actor, sku }: { actor: Actor; sku: string }) {
  const series = await onHandSeries(actor, { sku, days: 30 });
  return <OnHandChart points={series.points} unit={series.unit} />;
}
