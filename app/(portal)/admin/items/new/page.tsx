import Link from 'next/link';
import { requireAdminPage } from '@/app/_server/admin-guard';
import { listItemKinds } from '@/lib/catalog/list-item-kinds';
import { listUnits } from '@/lib/catalog/list-units';
import { getSettings } from '@/lib/settings/get-settings';
import { createItemAction } from '../actions';
import { ItemForm } from '../item-form';

export default async function NewItemPage() {
  const actor = await requireAdminPage();
  const [kinds, units, settings] = await Promise.all([listItemKinds(actor), listUnits(actor), getSettings(actor)]);
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/items" className="text-brand-700 underline">
          Items
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">New item</h1>
      <ItemForm action={createItemAction} kinds={kinds} units={units} defaultThreshold={settings['inventory.lowStockDefault']} />
    </div>
  );
}
