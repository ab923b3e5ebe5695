import Link from 'next/link';
import { loadOr404 } from '@/app/_server/page-data';
import { requireActor } from '@/app/_server/session';
import { getStockLocation } from '@/lib/inventory/queries/stock-location';
import { labelHref } from '../../../labels/_lib/label-href';
import { PrintLabelLinks } from '../../../labels/_components/print-label-links';
import { MoveActionLinks } from '../../_components/action-links';
import { LocationStock } from '../../_components/location-stock';
import { MovementHistory } from '../../_components/movement-history';
import { locationHref } from '../../_lib/links';
import { shipHref } from '../../transits/_lib/transit-links';
import { hrefWith, param, routeParam, type SearchParams } from '../../_lib/search-params';

export default async function LocationPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  // Unknown and out-of-scope codes alike: the 404 page.
  const location = await loadOr404(getStockLocation(actor, routeParam((await params).code)));
  const path = locationHref(location.code);
  const type = param(sp, 'type') || undefined;
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <p className="text-sm text-slate-700">
          <Link className="text-brand-700 underline" href="/inventory?groupBy=location">
            Inventory
          </Link>{' '}
          / {location.site.code === location.code ? 'Site' : <Link className="text-brand-700 underline" href={locationHref(location.site.code)}>{location.site.name}</Link>}
          {location.parent && location.parent.code !== location.site.code ? (
            <>
              {' / '}
              <Link className="text-brand-700 underline" href={locationHref(location.parent.code)}>
                {location.parent.name}
              </Link>
            </>
          ) : null}
        </p>
        <h1 className="text-2xl font-semibold">
          {location.name} <span className="text-base font-normal text-slate-700">({location.code})</span>
        </h1>
        <p className="text-slate-700">
          {[location.type, location.room].filter(Boolean).join(' · ') || 'Location'}
          {location.active ? null : <strong className="text-red-700"> · inactive</strong>}
        </p>
        <PrintLabelLinks
          links={[
            { label: 'Print label', href: labelHref('locations', location.code) },
            { label: 'Print labels for everything beneath', href: labelHref('locations', location.code, { descendants: 'true' }) },
          ]}
        />
        {location.active ? (
          <MoveActionLinks
            actor={actor}
            moves={[['receive', { to: location.code }], ['transfer', { from: location.code }]]}
            related={[{ after: 'transfer', label: 'Ship to another site', href: shipHref({ from: location.code }), permission: 'inventory.transfer' }]}
          />
        ) : null}
      </div>
      <LocationStock actor={actor} code={location.code} cursor={param(sp, 'cursor') || null} hrefFor={(c) => hrefWith(path, { cursor: c, type })} />
      <MovementHistory actor={actor} filter={{ location: location.code, type }} path={path} keep={{}} cursorParam="mcursor" cursor={param(sp, 'mcursor') || null} />
    </div>
  );
}
