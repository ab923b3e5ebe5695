'use client';
// Review: every line with its quantity (still editable), the lots FIFO takes
// and its error next to it, and Accept, which stays off until the domain's
// preview of the session as it stands says everything can be posted.
import type { ReactNode } from 'react';
import type { PreviewResult, Refusal } from '../_lib/results';
import { outcomeText, refusalByLine } from '../_lib/review-text';
import type { ScanSession } from '../_lib/scan-session';
import { linesCount } from '../_lib/session-history';
import { LineCard } from './line-card';

export function ReviewStep({
  session,
  preview,
  checking,
  commitRefusal,
  accepting,
  top,
  cancel,
  onAccept,
  onBack,
  onQuantity,
  onRemove,
}: {
  session: ScanSession;
  preview: PreviewResult | null;
  checking: boolean;
  commitRefusal: Refusal | null;
  accepting: boolean;
  /** The session's header and places. */
  top: ReactNode;
  cancel: ReactNode;
  onAccept: () => void;
  onBack: () => void;
  onQuantity: (id: string, quantity: string) => void;
  onRemove: (id: string) => void;
}) {
  const source = session.location?.code ?? null;
  const fromPreview = refusalByLine(preview && !preview.ok ? preview : null);
  const fromCommit = refusalByLine(commitRefusal);
  const outcomes = preview?.ok ? preview.preview.lines : null;
  const ready = !!preview?.ok && preview.preview.ok && !checking;
  const general = [...new Set([...fromCommit.general, ...fromPreview.general])];
  return (
    <section aria-labelledby="review-heading" className="space-y-4">
      {top}
      <h2 id="review-heading" className="text-xl font-semibold">
        Review {linesCount(session.lines.length)}
      </h2>
      <p className="text-sm text-slate-700" aria-live="polite">
        {checking ? 'Checking the session…' : ready ? 'Everything can be posted. Accept posts all lines at once.' : preview?.ok ? 'Some lines need attention before you can accept.' : ''}
      </p>
      {general.length ? (
        <div role="alert" className="space-y-1 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {general.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      ) : null}
      <ul className="space-y-3" aria-label="Lines to post">
        {session.lines.map((line, i) => (
          <LineCard
            key={line.id}
            line={line}
            source={source}
            outcome={outcomes?.[i] ? outcomeText(outcomes[i], session.workflow, session.action, source) : null}
            error={fromCommit.lines.get(i) ?? outcomes?.[i]?.error ?? fromPreview.lines.get(i) ?? null}
            onQuantity={(q) => onQuantity(line.id, q)}
            onRemove={() => onRemove(line.id)}
          />
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-primary min-h-12 px-8 text-base" disabled={!ready || accepting} onClick={onAccept}>
          {accepting ? 'Posting…' : 'Accept'}
        </button>
        <button type="button" className="btn-secondary min-h-12" onClick={onBack}>
          Back to scanning
        </button>
        {cancel}
      </div>
    </section>
  );
}
