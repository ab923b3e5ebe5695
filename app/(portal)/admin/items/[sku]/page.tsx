import Link from 'next/link';
import { requireAdminPage } from '@/app/_server/admin-guard';
import { loadOr404 } from '@/app/_server/page-data';
import { getItemBySku } from '@/lib/catalog/get-item';
import { listItemKinds } from '@/lib/catalog/list-item-kinds';
import { listUnits } from '@/lib/catalog/list-units';
import { getSettings } from '@/lib/settings/get-settings';
import { updateItemAction } from '../actions';
import { ItemForm } from '../item-form';

export default async function EditItemPage({ params }: { params: Promise<{ sku: string }> }) {
  const actor = await requireAdminPage();
  const item = await loadOr404(getItemBySku(actor, (await params).sku));
  const [kinds, units, settings] = await Promise.all([listItemKinds(actor), listUnits(actor), getSettings(actor)]);
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/items" className="text-brand-700 underline">
          Items
        </Link>
      </p>
      <h1 className="text-2xl font-semibold break-words">
        {item.sku} {item.active ? null : <span className="text-base font-normal text-red-700">(inactive)</span>}
      </h1>
      {item.serialTracked ? <Link href={`/admin/products/${encodeURIComponent(item.sku)}/stages`} className="block w-fit text-sm text-brand-700 underline">Stages and serial number pattern</Link> : null}
      <ItemForm key={item.sku} action={updateItemAction} kinds={kinds} units={units} item={item} defaultThreshold={settings['inventory.lowStockDefault']} />
    </div>
  );
}
