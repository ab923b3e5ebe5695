import Link from 'next/link';
import { requireActor } from '@/app/_server/session';
import { inventoryChoices } from '@/lib/inventory/queries/inventory-choices';
import { can } from '@/lib/roles/actor';
import { itemHref } from '../../_lib/links';
import { param, type SearchParams } from '../../_lib/search-params';
import { ShipForm } from '../_components/ship-form';
import { TRANSITS_HREF } from '../_lib/transit-links';

export default async function ShipToSitePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const sku = param(sp, 'sku');
  const back = sku ? { href: itemHref(sku), label: `Back to ${sku}` } : { href: TRANSITS_HREF, label: 'Back to transits' };
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Link className="text-sm text-brand-700 underline" href={back.href}>
        {back.label}
      </Link>
      <h1 className="text-2xl font-semibold">Ship to another site</h1>
      {can(actor, 'inventory.transfer') ? (
        <ShipForm initial={{ sku, quantity: '', from: param(sp, 'from'), to: param(sp, 'to'), note: '' }} locations={(await inventoryChoices(actor)).locations} />
      ) : (
        <p className="card text-slate-700">Your role cannot ship stock. Ask a lead or an Admin.</p>
      )}
    </div>
  );
}
