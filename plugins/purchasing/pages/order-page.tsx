// /purchasing/orders/[number] — one purchase order: lines ordered and received,
// the receive form while it is open, place (a draft) and cancel (nothing received).
import Link from 'next/link';
import { loadOr404 } from '@/app/_server/page-data';
import { requireActor } from '@/app/_server/session';
import { can } from '@/lib/roles/actor';
import { getPurchaseOrder } from '../lib/get-purchase-order';
import { setPurchaseOrderStatusAction } from './actions';
import { ORDERS_HREF } from './links';
import { ReceiveForm } from './receive-form';
import { SimpleActionForm } from './simple-action-form';
import { cell, ScrollTable, SkuCell } from './table';

export default async function OrderPage({ params }: { params: Promise<{ number: string }> }) {
  const actor = await requireActor();
  const po = await loadOr404(getPurchaseOrder(actor, decodeURIComponent((await params).number)));
  const open = po.lines.filter((l) => !/^0(\.0+)?$/.test(l.open));
  const receivable = (po.status === 'PLACED' || po.status === 'PARTIALLY_RECEIVED') && open.length > 0;
  return (
    <div className="space-y-6">
      <p>
        <Link href={ORDERS_HREF} className="text-brand-700 underline">
          All purchase orders
        </Link>
      </p>
      <h1 className="text-2xl font-semibold break-words">{po.number}</h1>
      <dl className="card grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-xs text-slate-600">Supplier</dt>
          <dd className="break-words">
            {po.supplier.code} · {po.supplier.name}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">Status</dt>
          <dd className="font-medium">{po.status.toLowerCase().replace('_', ' ')}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">Department</dt>
          <dd className="break-words">{po.department}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">Placed</dt>
          <dd className="tabular-nums">{po.placedAt?.slice(0, 10) ?? '—'}</dd>
        </div>
      </dl>
      {po.note ? <p className="text-sm text-slate-700 break-words">{po.note}</p> : null}
      <ScrollTable label="Order lines" head={['SKU', 'Ordered', 'Received', 'Open', 'Unit price', 'Expected']}>
        {po.lines.map((l) => (
          <tr key={l.id}>
            <SkuCell sku={l.sku} />
            <td className={cell}>
              {l.quantity} {l.unit}
            </td>
            <td className={cell}>{l.received}</td>
            <td className={cell}>{l.open}</td>
            <td className={cell}>{l.unitPrice}</td>
            <td className={cell}>{l.expectedAt ?? '—'}</td>
          </tr>
        ))}
      </ScrollTable>
      {receivable && can(actor, 'purchasing.receive') ? <ReceiveForm number={po.number} lines={open.map((l) => ({ sku: l.sku, name: l.name, open: l.open, unit: l.unit }))} /> : null}
      {can(actor, 'purchasing.manage') && (po.status === 'DRAFT' || po.status === 'PLACED') ? (
        <div className="flex flex-wrap gap-3">
          {po.status === 'DRAFT' ? <SimpleActionForm action={setPurchaseOrderStatusAction} fields={{ number: po.number, status: 'placed' }} label="Place order" /> : null}
          <SimpleActionForm action={setPurchaseOrderStatusAction} fields={{ number: po.number, status: 'cancelled' }} label="Cancel order" className="btn-secondary min-h-12" />
        </div>
      ) : null}
    </div>
  );
}
