import Link from 'next/link';
import { DateTime } from '@/app/_components/date-time';
import { loadOr404 } from '@/app/_server/page-data';
import { requireActor } from '@/app/_server/session';
import { DomainError } from '@/lib/errors';
import { inventoryChoices } from '@/lib/inventory/queries/inventory-choices';
import { getStockLocation, type StockLocationView } from '@/lib/inventory/queries/stock-location';
import { getTransit } from '@/lib/inventory/transit/get-transit';
import { can, type Actor } from '@/lib/roles/actor';
import { NUM } from '../../_components/labels';
import { itemHref, locationHref } from '../../_lib/links';
import { routeParam } from '../../_lib/search-params';
import { CloseTransitForm } from '../_components/close-transit-form';
import { ReceiveTransitForm } from '../_components/receive-transit-form';
import { TransitStatusBadge } from '../_components/transit-status-badge';
import { TRANSITS_HREF } from '../_lib/transit-links';

/** The location if the actor may open its page (its site is the actor's), else null. */
async function visibleLocation(actor: Actor, code: string): Promise<StockLocationView | null> {
  try {
    return await getStockLocation(actor, code);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}

export default async function TransitPage({ params }: { params: Promise<{ number: string }> }) {
  const actor = await requireActor();
  // Unknown and out-of-scope numbers alike: the 404 page.
  const t = await loadOr404(getTransit(actor, routeParam((await params).number)));
  const [from, to] = await Promise.all([visibleLocation(actor, t.from), visibleLocation(actor, t.to)]);
  const open = t.status === 'in_transit' || t.status === 'partially_received';
  // What to offer; receiveTransit and closeTransit decide (leads of the destination site).
  const atDestination = open && to !== null && can(actor, 'inventory.receive');
  const place = (code: string, loc: StockLocationView | null) =>
    loc ? (
      <Link className="text-brand-700 underline" href={locationHref(code)}>
        {code}
      </Link>
    ) : (
      code
    );
  const totals: [string, string][] = [
    ['Shipped', t.shipped],
    ['Received', t.received],
    ['Written off', t.writtenOff],
    ['Remaining', t.remaining],
  ];
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <p className="text-sm text-slate-700">
          <Link className="text-brand-700 underline" href="/inventory">
            Inventory
          </Link>
          {' / '}
          <Link className="text-brand-700 underline" href={TRANSITS_HREF}>
            Transits
          </Link>
          {' / '}
          {t.number}
        </p>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h1 className="text-2xl font-semibold">Transit {t.number}</h1>
          <TransitStatusBadge status={t.status} />
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:max-w-xl">
          <dt className="text-slate-600">Item</dt>
          <dd className="break-words">
            <Link className="text-brand-700 underline" href={itemHref(t.sku)}>
              {t.sku}
            </Link>
          </dd>
          <dt className="text-slate-600">From</dt>
          <dd className="break-words">
            {place(t.from, from)}
            {from ? ` · ${from.site.name}` : null}
          </dd>
          <dt className="text-slate-600">To</dt>
          <dd className="break-words">
            {place(t.to, to)}
            {to ? ` · ${to.site.name}` : null}
          </dd>
          <dt className="text-slate-600">On the way in</dt>
          <dd className="break-words">{place(t.via, to)}</dd>
          <dt className="text-slate-600">Shipped</dt>
          <dd>
            <DateTime value={new Date(t.shippedAt)} />
          </dd>
        </dl>
      </div>
      <section aria-labelledby="totals-heading" className="space-y-2">
        <h2 id="totals-heading" className="text-lg font-semibold">
          Totals
        </h2>
        <div className="card max-w-sm p-0">
          <table className="table">
            <caption className="sr-only">Totals of {t.number}, from the ledger</caption>
            <tbody>
              {totals.map(([label, value]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td className={NUM}>
                    {value} {t.unit}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {atDestination ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <ReceiveTransitForm number={t.number} unit={t.unit} remaining={t.remaining} to={t.to} site={to.site.code} locations={(await inventoryChoices(actor)).locations} />
          <CloseTransitForm number={t.number} unit={t.unit} remaining={t.remaining} via={t.via} />
        </div>
      ) : open ? (
        <p className="card text-slate-700">Leads of the destination site ({to?.site.name ?? t.to}) receive this transit or close it short.</p>
      ) : null}
    </div>
  );
}
