'use client';
// After Accept: what was posted, a way to the order or run it was logged
// against, and a new session. The heading takes the focus so a screen reader
// starts reading here.
import Link from 'next/link';
import { useEffect, useRef } from 'react';
import type { CommitResult } from '../_lib/results';
import { acceptedMessage, lineSummaries } from '../_lib/session-history';
import { SCAN_HREF } from '../_lib/workflows';

export type AcceptedSession = Extract<CommitResult, { ok: true }>['session'];

const targetHref = (s: AcceptedSession) =>
  !s.target ? null : s.workflow === 'sales' ? `/sales-orders/${encodeURIComponent(s.target)}` : s.workflow === 'production' ? `/production/work-orders/${encodeURIComponent(s.target)}` : null;

export function AcceptedPanel({ session, onAnother }: { session: AcceptedSession; onAnother: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const href = targetHref(session);
  return (
    <section aria-labelledby="accepted-heading" className="card space-y-3 border-2 border-green-600">
      <h2 id="accepted-heading" ref={heading} tabIndex={-1} className="text-xl font-semibold text-green-800">
        Accepted
      </h2>
      <p role="status">{acceptedMessage(session)}</p>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {lineSummaries(session).map((l, i) => (
          <li key={i} className="break-words">
            {l}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-primary min-h-12" onClick={onAnother}>
          Start another session
        </button>
        {href ? (
          <Link className="btn-secondary min-h-12" href={href}>
            Open {session.target}
          </Link>
        ) : null}
        <Link className="btn-secondary min-h-12" href={SCAN_HREF}>
          Recent sessions
        </Link>
      </div>
    </section>
  );
}
