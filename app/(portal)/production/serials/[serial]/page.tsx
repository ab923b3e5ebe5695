import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DateTime } from '@/app/_components/date-time';
import { loadOr404 } from '@/app/_server/page-data';
import { requireActor } from '@/app/_server/session';
import { inventoryChoices } from '@/lib/inventory/queries/inventory-choices';
import { can } from '@/lib/roles/actor';
import { getProduct } from '@/lib/serials/get-product';
import { getSerial } from '@/lib/serials/get-serial';
import { routeParam } from '../../../inventory/_lib/search-params';
import { labelHref } from '../../../labels/_lib/label-href';
import { PrintLabelLinks } from '../../../labels/_components/print-label-links';
import { SerialActions } from '../../_components/serial-actions';
import { SerialStatusBadge } from '../../_components/status-badge';
import { SerialTimeline } from '../../_components/timeline';
import { availableActions } from '../../_lib/serial-actions';
import { PRODUCTION_HREF, productHref, workOrderHref } from '../../_lib/links';
import { whereIs } from '../../_lib/summaries';

export default async function SerialPage({ params }: { params: Promise<{ serial: string }> }) {
  const actor = await requireActor();
  const serialParam = routeParam((await params).serial);
  if (serialParam.length > 100) notFound();
  // Unknown or out of scope: the 404 page.
  const serial = await loadOr404(getSerial(actor, serialParam));
  // The serial is in scope, so its product is too (its stages feed the stage selects).
  const product = await loadOr404(getProduct(actor, serial.product));
  const offer = availableActions(
    { advance: can(actor, 'serials.advance'), manage: can(actor, 'serials.manage'), ship: can(actor, 'inventory.ship'), defects: can(actor, 'defects.mark') },
    serial,
    product.stages,
  );
  const locations = offer.approve && can(actor, 'inventory.view') ? (await inventoryChoices(actor)).locations : [];
  const facts: [string, React.ReactNode][] = [
    ['Product', <Link key="p" className="text-brand-700 underline" href={productHref(serial.product)}>{`${serial.productName} (${serial.product})`}</Link>],
    ['Status', <SerialStatusBadge key="s" status={serial.status} />],
    ['Stage', serial.stage ?? '—'],
    ['Work order', serial.workOrder ? <Link key="w" className="text-brand-700 underline" href={workOrderHref(serial.workOrder)}>{serial.workOrder}</Link> : '—'],
    ['Iteration count', `${serial.iterationCount} (times reworked)`],
    ['Where it is', whereIs(serial)],
    ['Last updated', <DateTime key="u" value={new Date(serial.updatedAt)} />],
  ];
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p className="text-sm text-slate-700">
          <Link className="text-brand-700 underline" href={PRODUCTION_HREF}>
            Production
          </Link>{' '}
          /{' '}
          <Link className="text-brand-700 underline" href={productHref(serial.product)}>
            {serial.productName}
          </Link>{' '}
          / Serial
        </p>
        <h1 className="break-all text-2xl font-semibold">Serial {serial.serial}</h1>
        <PrintLabelLinks links={[{ label: 'Print label', href: labelHref('serials', serial.serial) }]} />
      </div>
      <dl className="card grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="break-words font-medium">{value}</dd>
          </div>
        ))}
      </dl>
      {offer.anyPermission ? <SerialActions at={offer.at} advance={offer.advance} approve={offer.approve ? { locations } : null} deliver={offer.deliver} defect={offer.defect} nothing={offer.nothing} /> : null}
      <section aria-labelledby="timeline-heading" className="space-y-3">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          Lifecycle, oldest first
        </h2>
        <SerialTimeline history={serial.history} />
      </section>
    </div>
  );
}
