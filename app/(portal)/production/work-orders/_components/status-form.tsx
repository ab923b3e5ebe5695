'use client';
// Status changes a lead may make to a work order. Cancelling scraps the serials
// still in production, so it asks once more before it is sent.
import { useActionState, useState } from 'react';
import { FormMessage } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import type { WorkOrderStatusApi } from '@/lib/serials/work-order-status';
import { STATUS_ACTIONS } from '../_lib/work-order-labels';
import { setWorkOrderStatusAction } from '../actions';

export function StatusForm({ number, status, inProduction }: { number: string; status: WorkOrderStatusApi; inProduction: number }) {
  const [state, formAction] = useActionState(setWorkOrderStatusAction, {});
  const [confirming, setConfirming] = useState(false);
  const actions = STATUS_ACTIONS[status];
  if (!actions.length && !state.message) return null;
  return (
    <div className="space-y-2">
      <FormMessage ok={state.ok} message={state.message ?? (state.fieldErrors?.status || undefined)} />
      {confirming ? (
        <form action={formAction} onSubmit={() => setConfirming(false)} className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3">
          <input type="hidden" name="number" value={number} />
          <input type="hidden" name="status" value="cancelled" />
          <p className="text-sm text-red-900">
            {inProduction
              ? `Cancel ${number}? Its ${inProduction} serial${inProduction === 1 ? '' : 's'} still in production will be marked scrapped. This cannot be undone.`
              : `Cancel ${number}? This cannot be undone.`}
          </p>
          <div className="flex flex-wrap gap-2">
            <SubmitButton className="btn-danger">Yes, cancel it</SubmitButton>
            <button type="button" className="btn-secondary" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          {actions.map((a) =>
            a.to === 'cancelled' ? (
              <button key={a.to} type="button" className="btn-secondary text-red-800" onClick={() => setConfirming(true)}>
                {a.label}
              </button>
            ) : (
              <form key={a.to} action={formAction}>
                <input type="hidden" name="number" value={number} />
                <input type="hidden" name="status" value={a.to} />
                <SubmitButton className="btn-secondary">{a.label}</SubmitButton>
              </form>
            ),
          )}
        </div>
      )}
    </div>
  );
}
