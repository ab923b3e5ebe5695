import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireActor } from '@/app/_server/session';
import { can } from '@/lib/roles/actor';
import { workOrderChoices } from '@/lib/serials/work-order-choices';
import { param, type SearchParams } from '../../../inventory/_lib/search-params';
import { WORK_ORDERS_HREF } from '../../_lib/links';
import { WorkOrderForm } from '../_components/work-order-form';

export default async function NewWorkOrderPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  // Only leads who may open work orders see the form (no hint the page exists otherwise).
  if (!can(actor, 'workorders.manage')) notFound();
  const choices = await workOrderChoices(actor);
  const product = param(await searchParams, 'product');
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Link className="text-sm text-brand-700 underline" href={WORK_ORDERS_HREF}>
        Back to work orders
      </Link>
      <h1 className="text-2xl font-semibold">New work order</h1>
      {choices.products.length === 0 ? (
        <p className="card text-slate-700">No serial-tracked product has stages yet. An Admin sets a product’s stages from its item page under Admin › Items.</p>
      ) : (
        <WorkOrderForm choices={choices} initialProduct={product} />
      )}
    </div>
  );
}
