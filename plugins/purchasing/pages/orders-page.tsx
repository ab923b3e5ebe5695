// /purchasing/orders — purchase orders the actor sees, newest first, and the forms to order and add a supplier.
import Link from 'next/link';
import { loadOr404 } from '@/app/_server/page-data';
import { requireActor } from '@/app/_server/session';
import { can } from '@/lib/roles/actor';
import { listPurchaseOrders } from '../lib/list-purchase-orders';
import { listSuppliers } from '../lib/suppliers';
import { orderHref, PURCHASING_HREF } from './links';
import { PurchaseOrderForm } from './purchase-order-form';
import { SupplierForm } from './supplier-form';
import { cell, ScrollTable } from './table';

export default async function OrdersPage() {
  const actor = await requireActor();
  const orders = await loadOr404(listPurchaseOrders(actor));
  const suppliers = can(actor, 'purchasing.manage') ? (await listSuppliers(actor)).filter((s) => s.active) : [];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Purchase orders</h1>
        <Link href={PURCHASING_HREF} className="btn-secondary min-h-11">
          Forecast
        </Link>
      </div>
      {orders.length === 0 ? (
        <p className="card text-slate-700">No purchase orders yet.</p>
      ) : (
        <ScrollTable label="Purchase orders, newest first" head={['Number', 'Supplier', 'Status', 'Lines', 'Value', 'Department', 'Created']}>
          {orders.map((o) => (
            <tr key={o.number}>
              <td className={cell}>
                <Link className="text-brand-700 underline" href={orderHref(o.number)}>
                  {o.number}
                </Link>
              </td>
              <td className={cell}>{o.supplier}</td>
              <td className={cell}>{o.status.toLowerCase().replace('_', ' ')}</td>
              <td className={cell}>{o.lines}</td>
              <td className={cell}>{o.value}</td>
              <td className={cell}>{o.department}</td>
              <td className={cell}>{o.createdAt.slice(0, 10)}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
      {can(actor, 'purchasing.manage') ? (
        <>
          {suppliers.length ? <PurchaseOrderForm suppliers={suppliers} /> : <p className="card text-slate-700">Add a supplier first, then order from it.</p>}
          <SupplierForm />
        </>
      ) : null}
    </div>
  );
}
