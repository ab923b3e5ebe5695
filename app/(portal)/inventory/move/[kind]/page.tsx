import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireActor } from '@/app/_server/session';
import { inventoryChoices } from '@/lib/inventory/queries/inventory-choices';
import { can } from '@/lib/roles/actor';
import { MoveForm } from '../../_components/move-form';
import { itemHref, locationHref } from '../../_lib/links';
import { initialValues, isMoveKind, MOVE_KINDS } from '../../_lib/move-kinds';
import { param, type SearchParams } from '../../_lib/search-params';

export default async function MovePage({ params, searchParams }: { params: Promise<{ kind: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const { kind } = await params;
  if (!isMoveKind(kind)) notFound();
  const spec = MOVE_KINDS[kind];
  const sp = await searchParams;
  const prefill = { sku: param(sp, 'sku'), from: param(sp, 'from'), to: param(sp, 'to'), location: param(sp, 'location') };
  const place = prefill.location || prefill.from || prefill.to;
  const back = prefill.sku ? { href: itemHref(prefill.sku), label: `Back to ${prefill.sku}` } : place ? { href: locationHref(place), label: `Back to ${place}` } : { href: '/inventory', label: 'Back to inventory' };
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Link className="text-sm text-brand-700 underline" href={back.href}>
        {back.label}
      </Link>
      <h1 className="text-2xl font-semibold">{spec.title}</h1>
      {can(actor, spec.permission) ? (
        <MoveForm kind={kind} initial={initialValues(kind, prefill)} locations={(await inventoryChoices(actor)).locations} />
      ) : (
        <p className="card text-slate-700">Your role cannot post this movement. Ask a lead or an Admin.</p>
      )}
    </div>
  );
}
