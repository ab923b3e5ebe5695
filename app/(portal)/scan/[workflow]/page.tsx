// One scanning workflow: the choices it needs (active sales orders, active
// production runs, or the general actions the role may run) and the scan
// session, which lives in the browser until it is accepted or cancelled.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireActor } from '@/app/_server/session';
import { scanTargetProvidersFor } from '@/lib/plugins';
import { can } from '@/lib/roles/actor';
import { listActiveOrdersForScanning } from '@/lib/sales/list-active-orders-for-scanning';
import { listWorkOrders } from '@/lib/serials/list-work-orders';
import { pluginRunGroups, salesOrderGroups, workOrderGroups, type TargetGroup } from '../_lib/target-choices';
import { ACTION_PERMISSION, GENERAL_ACTIONS, isWorkflow, MISSING_GRANT, SCAN_HREF, WORKFLOW_LABEL, WORKFLOW_PERMISSION } from '../_lib/workflows';
import { ScanSession } from './scan-session';

/** Enough for a dropdown; more active runs than this need a search. */
const WORK_ORDERS_MAX = 500;

export default async function ScanWorkflowPage({ params }: { params: Promise<{ workflow: string }> }) {
  const actor = await requireActor();
  if (!can(actor, 'scan.use')) notFound();
  const { workflow } = await params;
  if (!isWorkflow(workflow)) notFound();

  let groups: TargetGroup[] = [];
  let missingGrant: string | null = null;
  if (workflow === 'sales') {
    if (can(actor, WORKFLOW_PERMISSION.sales)) groups = salesOrderGroups(await listActiveOrdersForScanning(actor));
    else missingGrant = MISSING_GRANT.sales;
  } else if (workflow === 'production') {
    // Plugins' runs (production lots, when enabled for the actor) above work orders.
    const providers = can(actor, WORKFLOW_PERMISSION.production) ? scanTargetProvidersFor(actor) : [];
    if (can(actor, WORKFLOW_PERMISSION.production) && (can(actor, 'serials.view') || providers.length)) {
      const lots = pluginRunGroups((await Promise.all(providers.map((p) => p.listActive(actor)))).flat());
      const orders = can(actor, 'serials.view') ? workOrderGroups((await listWorkOrders(actor, { status: 'active' }, { limit: WORK_ORDERS_MAX })).data) : [];
      groups = [...lots, ...orders];
    } else missingGrant = MISSING_GRANT.production;
  }
  const actions = GENERAL_ACTIONS.map((action) => ({ action, allowed: can(actor, ACTION_PERMISSION[action]) }));
  if (workflow === 'general' && !actions.some((a) => a.allowed)) missingGrant = 'Your role may not receive, move, count or consume stock. Ask a lead to grant it.';

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        <Link className="text-brand-700 underline" href={SCAN_HREF}>
          Scan
        </Link>{' '}
        / {WORKFLOW_LABEL[workflow]}
      </p>
      <h1 className="text-2xl font-semibold">{WORKFLOW_LABEL[workflow]}</h1>
      {missingGrant ? (
        <p className="card text-slate-800">{missingGrant}</p>
      ) : (
        <ScanSession userId={actor.id} workflow={workflow} groups={groups} actions={actions} />
      )}
    </div>
  );
}
