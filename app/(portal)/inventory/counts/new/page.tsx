import Link from 'next/link';
import { requireActor } from '@/app/_server/session';
import { inventoryChoices } from '@/lib/inventory/queries/inventory-choices';
import { can } from '@/lib/roles/actor';
import { param, type SearchParams } from '../../_lib/search-params';
import { CreateCountForm } from '../_components/create-count-form';

export default async function NewCountPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const location = param(await searchParams, 'location');
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Link className="text-sm text-brand-700 underline" href="/inventory/counts">
        Back to counts
      </Link>
      <h1 className="text-2xl font-semibold">New stock count</h1>
      {can(actor, 'inventory.count') ? (
        <CreateCountForm locations={(await inventoryChoices(actor)).locations} location={location} />
      ) : (
        <p className="card text-slate-700">Your role cannot open stock counts. Ask a lead or an Admin.</p>
      )}
    </div>
  );
}
