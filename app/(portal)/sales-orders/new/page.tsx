import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireActor } from '@/app/_server/session';
import { can } from '@/lib/roles/actor';
import { salesOrderChoices } from '@/lib/sales/sales-order-choices';
import { param, type SearchParams } from '../../inventory/_lib/search-params';
import { SalesOrderForm } from '../_components/sales-order-form';
import { PARTNERS_HREF, SALES_ORDERS_HREF } from '../_lib/links';

export default async function NewSalesOrderPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  // Only planners who may open sales orders see the form (no hint the page exists otherwise).
  if (!can(actor, 'sales.manage')) notFound();
  const choices = await salesOrderChoices(actor);
  const partner = param(await searchParams, 'partner');
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Link className="text-sm text-brand-700 underline" href={SALES_ORDERS_HREF}>
        Back to sales orders
      </Link>
      <h1 className="text-2xl font-semibold">New sales order</h1>
      {choices.customers.length === 0 ? (
        <p className="card text-slate-700">
          There is no active customer yet.{' '}
          <Link className="text-brand-700 underline" href={`${PARTNERS_HREF}#new-partner`}>
            Add a customer
          </Link>{' '}
          first.
        </p>
      ) : (
        <SalesOrderForm choices={choices} initialPartner={partner} />
      )}
    </div>
  );
}
