import Link from 'next/link';
import { notFound } from 'next/navigation';
import { loadOr404 } from '@/app/_server/page-data';
import { requireActor } from '@/app/_server/session';
import { listItemLots } from '@/lib/inventory/queries/item-lots';
import { itemTabsFor } from '@/lib/plugins';
import { labelHref } from '../../../labels/_lib/label-href';
import { PrintLabelLinks } from '../../../labels/_components/print-label-links';
import { MoveActionLinks } from '../../_components/action-links';
import { ItemOnHandChart, ItemStockByLocation } from '../../_components/item-stock';
import { LotsTable } from '../../_components/lots-table';
import { MovementHistory } from '../../_components/movement-history';
import { itemHref } from '../../_lib/links';
import { shipHref } from '../../transits/_lib/transit-links';
import { hrefWith, param, routeParam, type SearchParams } from '../../_lib/search-params';

export default async function ItemPage({ params, searchParams }: { params: Promise<{ sku: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const showEmpty = param(sp, 'emptyLots') === '1';
  const type = param(sp, 'type') || undefined;
  const sku = routeParam((await params).sku);
  if (sku.length > 64) notFound();
  // Unknown SKU: the lots query answers NOT_FOUND, which is the 404 page.
  const item = await loadOr404(listItemLots(actor, { sku, includeEmpty: showEmpty }));
  const path = itemHref(item.sku);
  // Extension point: tabs plugins add to the item page (only for the permissions the actor holds).
  const tabs = itemTabsFor(actor, item.sku);
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <p className="text-sm text-slate-700">
          <Link className="text-brand-700 underline" href="/inventory">
            Inventory
          </Link>{' '}
          / Item
        </p>
        <h1 className="text-2xl font-semibold">{item.name}</h1>
        <p className="text-slate-700">
          SKU <strong>{item.sku}</strong> · unit <strong>{item.unit}</strong>
        </p>
        <PrintLabelLinks links={[{ label: 'Print label', href: labelHref('items', item.sku) }]} />
        {tabs.length ? (
          <nav aria-label="More about this item" className="flex flex-wrap gap-2">
            {tabs.map((t) => (
              <Link key={t.href} className="btn-secondary" href={t.href}>
                {t.label}
              </Link>
            ))}
          </nav>
        ) : null}
        <MoveActionLinks
          actor={actor}
          moves={(['receive', 'transfer', 'adjust', 'set-quantity', 'consume', 'status'] as const).map((k) => [k, { sku: item.sku }])}
          related={[{ after: 'transfer', label: 'Ship to another site', href: shipHref({ sku: item.sku }), permission: 'inventory.transfer' }]}
        />
      </div>
      <ItemOnHandChart actor={actor} sku={item.sku} />
      <ItemStockByLocation actor={actor} sku={item.sku} />
      <LotsTable lots={item.lots} unit={item.unit} showEmpty={showEmpty} toggleHref={hrefWith(path, { emptyLots: showEmpty ? undefined : '1', type })} />
      <MovementHistory actor={actor} filter={{ sku: item.sku, type }} path={path} keep={{ emptyLots: showEmpty ? '1' : undefined }} cursorParam="cursor" cursor={param(sp, 'cursor') || null} />
    </div>
  );
}
