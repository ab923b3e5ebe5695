// /purchasing/items/[sku] — the item's "Purchasing" tab: reorder settings and open purchase order lines.
import Link from 'next/link';
import { loadOr404 } from '@/app/_server/page-data';
import { requireActor } from '@/app/_server/session';
import { can } from '@/lib/roles/actor';
import { getItemPurchasing } from '../lib/item-purchasing';
import { listSuppliers } from '../lib/suppliers';
import { ItemSettingsForm } from './item-settings-form';
import { orderHref, PURCHASING_HREF } from './links';
import { cell, ScrollTable } from './table';

export default async function ItemPurchasingPage({ params }: { params: Promise<{ sku: string }> }) {
  const actor = await requireActor();
  const item = await loadOr404(getItemPurchasing(actor, decodeURIComponent((await params).sku)));
  const manage = can(actor, 'purchasing.manage');
  const suppliers = manage ? (await listSuppliers(actor)).filter((s) => s.active || s.code === item.preferredSupplier) : [];
  return (
    <div className="space-y-6">
      <p>
        <Link href={PURCHASING_HREF} className="text-brand-700 underline">
          Purchasing
        </Link>
      </p>
      <h1 className="text-2xl font-semibold break-words">
        {item.sku} · {item.name}
      </h1>
      {manage ? (
        <ItemSettingsForm sku={item.sku} current={item} suppliers={suppliers} />
      ) : (
        <dl className="card grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-xs text-slate-600">Reorder point</dt>
            <dd>{item.reorderPoint ?? '—'}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">Reorder quantity</dt>
            <dd>{item.reorderQuantity ?? '—'}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">Preferred supplier</dt>
            <dd>{item.preferredSupplier ?? '—'}</dd>
          </div>
        </dl>
      )}
      <section className="space-y-3" aria-labelledby="open-lines">
        <h2 id="open-lines" className="text-lg font-semibold">
          Open purchase order lines
        </h2>
        {item.openLines.length === 0 ? (
          <p className="card text-slate-700">Nothing on order.</p>
        ) : (
          <ScrollTable label="Open purchase order lines" head={['Order', 'Supplier', 'Status', 'Open', 'Expected']}>
            {item.openLines.map((l) => (
              <tr key={l.number}>
                <td className={cell}>
                  <Link className="text-brand-700 underline" href={orderHref(l.number)}>
                    {l.number}
                  </Link>
                </td>
                <td className={cell}>{l.supplier}</td>
                <td className={cell}>{l.status.toLowerCase().replace('_', ' ')}</td>
                <td className={cell}>
                  {l.open} {item.unit}
                </td>
                <td className={cell}>{l.expectedAt ?? '—'}</td>
              </tr>
            ))}
          </ScrollTable>
        )}
      </section>
    </div>
  );
}
