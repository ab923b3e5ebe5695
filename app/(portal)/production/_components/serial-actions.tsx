'use client';
// The actions panel of the serial page. It holds every form's state and stays
// mounted while the page refreshes after an action, so the answer stays on
// screen even when the form that gave it no longer applies (an approved unit
// loses its Approve form in the same render that brings the answer).
import { useCallback, useState, type ReactNode } from 'react';
import type { Choice } from '@/lib/inventory/queries/inventory-choices';
import type { StageView } from '../_lib/stage-choices';
import type { SerialAt } from '../_lib/summaries';
import { advanceSerialAction, approveSerialAction, deliverSerialAction, markDefectAction } from '../actions';
import { AdvanceForm, ApproveForm, DefectForm, DeliverForm } from './serial-action-forms';
import { useDoneNotice, useStepForm } from './step-form';

export interface SerialActionsProps {
  at: SerialAt;
  /** Forms that apply to this actor and this status (null: not offered). */
  advance: { reachable: StageView[] } | null;
  approve: { locations: Choice[] } | null;
  deliver: boolean;
  defect: { reworkTo: { first: StageView | null; others: StageView[] } } | null;
  /** Why nothing is offered, when nothing is. */
  nothing: string;
}

function ActionCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="card space-y-3">
      <h3 id={id} className="text-base font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

export function SerialActions({ at, advance, approve, deliver, defect, nothing }: SerialActionsProps) {
  const [notice, setNotice] = useState('');
  const onDone = useCallback((message: string) => setNotice(message), []);
  const forms = { advance: useStepForm(advanceSerialAction), approve: useStepForm(approveSerialAction), deliver: useStepForm(deliverSerialAction), defect: useStepForm(markDefectAction) };
  useDoneNotice(forms.advance.state, onDone);
  useDoneNotice(forms.approve.state, onDone);
  useDoneNotice(forms.deliver.state, onDone);
  useDoneNotice(forms.defect.state, onDone);
  const any = advance || approve || deliver || defect;
  return (
    <section aria-labelledby="serial-actions-heading" className="space-y-3">
      <h2 id="serial-actions-heading" className="text-lg font-semibold">
        Actions
      </h2>
      <div role="status">{notice ? <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">{notice}</p> : null}</div>
      {any ? null : <p className="card text-slate-700">{nothing}</p>}
      <div className="grid gap-3 lg:grid-cols-2">
        {advance ? (
          <ActionCard id="advance-heading" title="Advance">
            <AdvanceForm at={at} f={forms.advance} reachable={advance.reachable} />
          </ActionCard>
        ) : null}
        {approve ? (
          <ActionCard id="approve-heading" title="QA approve">
            <ApproveForm at={at} f={forms.approve} locations={approve.locations} />
          </ActionCard>
        ) : null}
        {deliver ? (
          <ActionCard id="deliver-heading" title="Deliver">
            <DeliverForm at={at} f={forms.deliver} />
          </ActionCard>
        ) : null}
        {defect ? (
          <ActionCard id="defect-heading" title="Mark defect">
            <DefectForm at={at} f={forms.defect} reworkTo={defect.reworkTo} />
          </ActionCard>
        ) : null}
      </div>
    </section>
  );
}
