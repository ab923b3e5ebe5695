// Scan: one big button per workflow the person may run, and their recent scan
// sessions (everyone's for an Admin) with Roll back for roles that may reverse.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DateTime } from '@/app/_components/date-time';
import { requireActor } from '@/app/_server/session';
import { can, type Actor } from '@/lib/roles/actor';
import { listScanSessions } from '@/lib/scan/get-scan-session';
import { Pager } from '../inventory/_components/pager';
import { attempt } from '../inventory/_lib/attempt';
import { hrefWith, param, type SearchParams } from '../inventory/_lib/search-params';
import { RollbackForm } from './_components/rollback-form';
import { WorkflowLinks } from './_components/workflow-links';
import { lineSummaries, linesCount, sessionTitle } from './_lib/session-history';
import { ACTION_PERMISSION, GENERAL_ACTIONS, SCAN_HREF, WORKFLOW_LABEL, WORKFLOW_PERMISSION, WORKFLOWS, type Workflow } from './_lib/workflows';

const mayRun = (actor: Actor, w: Workflow) => (w === 'general' ? GENERAL_ACTIONS.some((a) => can(actor, ACTION_PERMISSION[a])) : can(actor, WORKFLOW_PERMISSION[w]));

export default async function ScanPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, 'scan.use')) notFound();
  const cursor = param(await searchParams, 'cursor') || null;
  const sessions = await attempt(listScanSessions(actor, cursor ? { cursor } : {}));
  const workflows = WORKFLOWS.filter((w) => mayRun(actor, w));
  const others = WORKFLOWS.filter((w) => !workflows.includes(w));
  const mayReverse = can(actor, 'inventory.reverse');
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Scan</h1>
        <p className="text-slate-700">Choose what you are logging, then scan with a USB or Bluetooth scanner, the phone camera, or type the codes.</p>
      </div>
      {workflows.length ? <WorkflowLinks userId={actor.id} workflows={workflows} /> : <p className="card">Your role may not log stock by scanning. Ask a lead to grant it.</p>}
      {others.length && workflows.length ? <p className="text-sm text-slate-600">Not available to your role: {others.map((w) => WORKFLOW_LABEL[w]).join(', ')}.</p> : null}

      <section aria-labelledby="recent-sessions" className="space-y-3">
        <h2 id="recent-sessions" className="text-xl font-semibold">
          Recent sessions
        </h2>
        <p className="text-sm text-slate-600">{actor.role === 'ADMIN' ? 'Scan sessions accepted by anyone, newest first.' : 'Scan sessions you accepted, newest first.'}</p>
        {!sessions.ok ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {sessions.message}{' '}
            <Link className="underline" href={SCAN_HREF}>
              Start from the newest.
            </Link>
          </p>
        ) : sessions.value.data.length === 0 ? (
          <p className="card text-slate-700">No scan sessions yet.</p>
        ) : (
          <ul className="space-y-3">
            {sessions.value.data.map((s) => {
              const title = sessionTitle(s);
              const lines = lineSummaries(s);
              return (
                <li key={s.sessionId} className="card space-y-2" aria-labelledby={`session-${s.sessionId}`}>
                  <h3 id={`session-${s.sessionId}`} className="break-words font-semibold">
                    {title}
                  </h3>
                  <p className="text-sm text-slate-700">
                    <DateTime value={new Date(s.committedAt)} /> · {s.user} · {linesCount(lines.length)}
                  </p>
                  <p className="break-words text-sm">{lines.slice(0, 6).join(', ')}{lines.length > 6 ? `, and ${lines.length - 6} more` : ''}</p>
                  {s.rolledBackAt ? (
                    <p className="text-sm font-medium text-red-800">
                      Rolled back <DateTime value={new Date(s.rolledBackAt)} />
                    </p>
                  ) : null}
                  {mayReverse ? <RollbackForm key={s.sessionId} sessionId={s.sessionId} title={title} rolledBack={!!s.rolledBackAt} /> : null}
                </li>
              );
            })}
          </ul>
        )}
        {sessions.ok ? <Pager label="Older sessions" cursor={cursor} nextCursor={sessions.value.nextCursor} hrefFor={(c) => hrefWith(SCAN_HREF, { cursor: c })} /> : null}
      </section>
    </div>
  );
}
