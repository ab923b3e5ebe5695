'use client';
// The big workflow buttons of the Scan page; one with a session kept in this
// browser says so, since scanning continues where it was left.
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { restoreSession, storageKey, worthKeeping } from '../_lib/scan-session';
import { WORKFLOW_HINT, WORKFLOW_LABEL, workflowHref, type Workflow } from '../_lib/workflows';

export function WorkflowLinks({ userId, workflows }: { userId: number; workflows: Workflow[] }) {
  const [kept, setKept] = useState<Partial<Record<Workflow, number>>>({});
  useEffect(() => {
    const found: Partial<Record<Workflow, number>> = {};
    for (const w of workflows) {
      try {
        const s = restoreSession(window.localStorage.getItem(storageKey(userId, w)), w);
        if (s && worthKeeping(s)) found[w] = s.lines.length;
      } catch {
        // No storage (private mode): nothing kept to mention.
      }
    }
    // Read after the first paint: localStorage is not there on the server.
    setKept(found);
  }, [userId, workflows.join(',')]);
  return (
    <ul className="grid gap-3 sm:grid-cols-3">
      {workflows.map((w) => (
        <li key={w}>
          <Link href={workflowHref(w)} className="card flex min-h-24 flex-col justify-center gap-1 border-2 border-brand-700 text-left hover:bg-brand-50">
            <span className="text-lg font-semibold text-brand-800">{WORKFLOW_LABEL[w]}</span>
            <span className="text-sm text-slate-700">{WORKFLOW_HINT[w]}</span>
            {kept[w] !== undefined ? (
              <span className="text-sm font-medium text-amber-800">
                Session in progress{kept[w] ? ` · ${kept[w]} line${kept[w] === 1 ? '' : 's'}` : ''}
              </span>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
