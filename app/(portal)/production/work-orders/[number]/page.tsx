import Link from 'next/link';
import { DateTime } from '@/app/_components/date-time';
import { loadOr404 } from '@/app/_server/page-data';
import { requireActor } from '@/app/_server/session';
import { DomainError } from '@/lib/errors';
import { can, type Actor } from '@/lib/roles/actor';
import { getWorkOrder, type WorkOrderDetail } from '@/lib/serials/get-work-order';
import { Pager } from '../../../inventory/_components/pager';
import { labelHref } from '../../../labels/_lib/label-href';
import { PrintLabelLinks } from '../../../labels/_components/print-label-links';
import { hrefWith, param, routeParam, type SearchParams } from '../../../inventory/_lib/search-params';
import { SerialStatusBadge } from '../../_components/status-badge';
import { productHref, serialHref, WORK_ORDERS_HREF, workOrderHref } from '../../_lib/links';
import { StatusForm } from '../_components/status-form';
import { WorkOrderStatusBadge } from '../_components/work-order-status-badge';
import { dayOf } from '../_lib/work-order-labels';
import { MaterialsUsed } from '../_components/materials-used';

/** A cursor that does not read (an edited link) starts the serial list again. */
async function loadWorkOrder(actor: Actor, number: string, cursor: string | null): Promise<WorkOrderDetail> {
  try {
    return await getWorkOrder(actor, number, { cursor });
  } catch (e) {
    if (cursor && e instanceof DomainError && e.code === 'INVALID_INPUT') return getWorkOrder(actor, number);
    throw e;
  }
}

function Progress({ w }: { w: WorkOrderDetail }) {
  const rows: { label: string; count: number; bar: string }[] = [
    ...w.stages.map((s) => ({ label: `${s.name}${s.optional ? ' (optional)' : ''}`, count: s.inProduction, bar: 'bg-sky-500' })),
    ...(w.inProductionWithoutStage ? [{ label: 'In production, no stage', count: w.inProductionWithoutStage, bar: 'bg-sky-300' }] : []),
    { label: 'In stock', count: w.counts.inStock, bar: 'bg-green-600' },
    { label: 'Delivered', count: w.counts.delivered, bar: 'bg-slate-500' },
    { label: 'Scrapped', count: w.counts.scrapped, bar: 'bg-red-600' },
  ];
  const total = Math.max(1, w.counts.inProduction + w.counts.inStock + w.counts.delivered + w.counts.scrapped);
  return (
    <section className="card space-y-2" aria-labelledby="progress">
      <h2 id="progress" className="text-lg font-semibold">
        Progress
      </h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Stage or status</th>
            <th scope="col" className="text-right">
              Serials
            </th>
            <th scope="col" className="w-1/2">
              <span className="sr-only">Share of the order</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <td className="break-words">{r.label}</td>
              <td className="text-right tabular-nums">{r.count}</td>
              <td>
                <div className="h-2 rounded-full bg-slate-100" aria-hidden="true">
                  <div className={`h-2 rounded-full ${r.bar}`} style={{ width: `${(100 * r.count) / total}%` }} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export default async function WorkOrderPage({ params, searchParams }: { params: Promise<{ number: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const cursor = param(sp, 'cursor') || null;
  // Unknown and out-of-scope numbers alike: the 404 page.
  const w = await loadOr404(loadWorkOrder(actor, routeParam((await params).number), cursor));
  const facts: [string, React.ReactNode][] = [
    ['Product', <Link key="p" className="text-brand-700 underline" href={productHref(w.product)}>{`${w.product} · ${w.productName}`}</Link>],
    ['Quantity', w.quantity],
    ['Due', dayOf(w.dueAt)],
    ['Department', w.department],
    ['Team', w.team ?? 'No team'],
    ['People', w.assignees.length ? w.assignees.map((a) => a.name).join(', ') : w.team ? 'Nobody named: the whole team' : 'Nobody named'],
    ['Created', <span key="c">{w.createdBy}, <DateTime value={new Date(w.createdAt)} /></span>],
  ];
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <p className="text-sm text-slate-700">
          <Link className="text-brand-700 underline" href={WORK_ORDERS_HREF}>
            Work orders
          </Link>{' '}
          / {w.number}
        </p>
        {param(sp, 'created') ? (
          <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
            {`Work order ${w.number} created with ${w.quantity} serial number${w.quantity === 1 ? '' : 's'}.`}
          </p>
        ) : null}
        <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold">
          {w.number} <WorkOrderStatusBadge status={w.status} />
        </h1>
        <dl className="card grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-600">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
          {w.note ? (
            <>
              <dt className="font-medium text-slate-600">Note</dt>
              <dd className="whitespace-pre-line break-words">{w.note}</dd>
            </>
          ) : null}
        </dl>
        {can(actor, 'workorders.manage') ? <StatusForm number={w.number} status={w.status} inProduction={w.counts.inProduction} /> : null}
      </div>
      <Progress w={w} />
      <MaterialsUsed materials={w.materials} total={w.materialCost} />
      <section className="space-y-2" aria-labelledby="serials">
        <h2 id="serials" className="text-lg font-semibold">
          Serial numbers
        </h2>
        {w.serials.data.length ? <PrintLabelLinks label="Serial labels" links={[{ label: 'Print serial labels', href: labelHref('work-orders', w.number) }]} /> : null}
        {w.serials.data.length === 0 ? (
          <p className="card text-slate-700">No serials to show.</p>
        ) : (
          <div className="card overflow-x-auto p-0">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Serial</th>
                  <th scope="col">Status</th>
                  <th scope="col">Stage</th>
                  <th scope="col" className="text-right">
                    Reworked
                  </th>
                  <th scope="col">Last updated</th>
                </tr>
              </thead>
              <tbody>
                {w.serials.data.map((s) => (
                  <tr key={s.serial}>
                    <td className="whitespace-nowrap">
                      <Link className="font-medium text-brand-700 underline" href={serialHref(s.serial)}>
                        {s.serial}
                      </Link>
                    </td>
                    <td>
                      <SerialStatusBadge status={s.status} />
                    </td>
                    <td>{s.stage ?? '—'}</td>
                    <td className="text-right tabular-nums">{s.iterationCount}</td>
                    <td className="whitespace-nowrap">
                      <DateTime value={new Date(s.updatedAt)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pager label="Serial pages" cursor={cursor} nextCursor={w.serials.nextCursor} hrefFor={(next) => hrefWith(workOrderHref(w.number), { cursor: next })} />
      </section>
    </div>
  );
}
