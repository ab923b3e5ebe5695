// One production lot: summary, what can be done now, its BOM items (required,
// allocated, consumed, still to issue), the materials used with their cost and,
// for a serial-numbered product, its serial numbers.
import Link from 'next/link';
import { loadOr404 } from '@/app/_server/page-data';
import { requireActor } from '@/app/_server/session';
import { can } from '@/lib/roles/actor';
import { getLot } from '../lib/get-lot';
import { LotActions } from './lot-actions';
import { dayOf, LotStatusBadge } from './lot-labels';
import { LotSerialList } from './lot-serials';
import { bomHref, LOTS_HREF, routeParam } from './links';

export default async function LotPage({ params, searchParams }: { params: Promise<{ number: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const { number } = await params;
  const lot = await loadOr404(getLot(actor, routeParam(number)));
  const created = (await searchParams).created === '1';
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        <Link className="text-brand-700 underline" href={LOTS_HREF}>
          Production lots
        </Link>{' '}
        / {lot.number}
      </p>
      {created ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {lot.number} is planned. Release it to allocate its components.
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-2xl font-semibold">{lot.number}</h1>
        <LotStatusBadge status={lot.status} />
      </div>
      <dl className="card grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <div className="col-span-2">
          <dt className="text-xs text-slate-600">Product</dt>
          <dd className="break-words">
            <span className="font-medium">{lot.product}</span> · {lot.productName}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">BOM</dt>
          <dd>
            <Link className="text-brand-700 underline" href={bomHref(lot.product, lot.bomVersion)}>
              Version {lot.bomVersion}
            </Link>
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">Quantity</dt>
          <dd className="tabular-nums font-medium">
            {lot.quantity} {lot.productUnit}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">Issue</dt>
          <dd className="tabular-nums">{dayOf(lot.issueAt)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">Completion</dt>
          <dd className="tabular-nums">{dayOf(lot.completionAt)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">Output received</dt>
          <dd className="tabular-nums">
            {lot.output} {lot.productUnit}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">Work order</dt>
          <dd>
            {lot.workOrder ? (
              <Link className="text-brand-700 underline" href={`/production/work-orders/${encodeURIComponent(lot.workOrder)}`}>
                {lot.workOrder}
              </Link>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div className="col-span-2">
          <dt className="text-xs text-slate-600">Department</dt>
          <dd className="break-words">{lot.department}</dd>
        </div>
        <div className="col-span-2">
          <dt className="text-xs text-slate-600">Planned by</dt>
          <dd className="break-words">{lot.createdBy}</dd>
        </div>
      </dl>
      <LotActions
        number={lot.number}
        status={lot.status}
        quantity={lot.quantity}
        unit={lot.productUnit}
        serialTracked={lot.serialTracked}
        workOrder={lot.workOrder}
        canManage={can(actor, 'lots.manage')}
        canIssue={can(actor, 'lots.issue')}
      />
      {lot.serialTracked ? <LotSerialList serials={lot.serials} workOrder={lot.workOrder} /> : null}
      <section className="space-y-2" aria-labelledby="bom-items">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="bom-items" className="text-lg font-semibold">
            BOM items
          </h2>
          {/* The purchasing plugin's forecast of these items, by its URL (its permission is gone while it is switched off). */}
          {can(actor, 'purchasing.view') ? (
            <Link className="text-sm text-brand-700 underline" href={`/purchasing/lots/${encodeURIComponent(lot.number)}`}>
              Purchasing forecast
            </Link>
          ) : null}
        </div>
        <div className="card overflow-x-auto p-0">
          <table className="table">
            <caption className="sr-only">Components of the lot: required, allocated, consumed and still to issue</caption>
            <thead>
              <tr>
                <th scope="col">Component</th>
                <th scope="col" className="text-right">Per unit</th>
                <th scope="col" className="text-right">Required</th>
                <th scope="col" className="text-right">Allocated</th>
                <th scope="col" className="text-right">Consumed</th>
                <th scope="col" className="text-right">To issue</th>
              </tr>
            </thead>
            <tbody>
              {lot.items.map((i) => (
                <tr key={i.sku}>
                  <td>
                    <span className="font-medium">{i.sku}</span> <span className="text-slate-600">{i.name}</span>
                    {i.designators ? <span className="block text-xs text-slate-600">{i.designators}</span> : null}
                    {i.alternates.length ? <span className="block text-xs text-slate-600">Alternates: {i.alternates.join(', ')}</span> : null}
                  </td>
                  <td className="whitespace-nowrap text-right tabular-nums">{i.quantityPer}</td>
                  <td className="whitespace-nowrap text-right tabular-nums">
                    {i.required} {i.unit}
                  </td>
                  <td className="whitespace-nowrap text-right tabular-nums">{i.allocated}</td>
                  <td className="whitespace-nowrap text-right tabular-nums">{i.consumed}</td>
                  <td className="whitespace-nowrap text-right tabular-nums">{i.toIssue}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="space-y-2" aria-labelledby="materials">
        <h2 id="materials" className="text-lg font-semibold">
          Materials used
        </h2>
        {lot.materials.length === 0 ? (
          <p className="card text-slate-700">No materials consumed against this lot yet.</p>
        ) : (
          <div className="card overflow-x-auto p-0">
            <table className="table">
              <caption className="sr-only">Materials consumed against this lot, with their cost at the batches FIFO took</caption>
              <thead>
                <tr>
                  <th scope="col">Item</th>
                  <th scope="col" className="text-right">Quantity</th>
                  <th scope="col" className="text-right">Cost</th>
                </tr>
              </thead>
              <tbody>
                {lot.materials.map((m) => (
                  <tr key={m.sku}>
                    <td>
                      <span className="font-medium">{m.sku}</span> <span className="text-slate-600">{m.name}</span>
                    </td>
                    <td className="whitespace-nowrap text-right tabular-nums">
                      {m.quantity} {m.unit}
                    </td>
                    <td className="text-right tabular-nums">{m.value}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2} className="text-right">
                    Material cost
                  </th>
                  <td className="text-right font-semibold tabular-nums">{lot.materialCost}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
