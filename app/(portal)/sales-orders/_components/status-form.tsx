'use client';
// Status changes a planner may make to a sales order: complete (also short),
// reopen a completed one, cancel one with nothing delivered (asks once more).
import { useActionState, useState } from 'react';
import { FormMessage } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import type { SalesOrderStatusApi } from '@/lib/sales/sales-order-status';
import { setSalesOrderStatusAction } from '../actions';

const ACTIONS: Record<SalesOrderStatusApi, { to: SalesOrderStatusApi; label: string }[]> = {
  open: [{ to: 'completed', label: 'Complete' }, { to: 'cancelled', label: 'Cancel order' }],
  completed: [{ to: 'open', label: 'Reopen' }],
  cancelled: [],
};

export function SalesOrderStatusForm({ number, status, anythingDelivered, openLines }: { number: string; status: SalesOrderStatusApi; anythingDelivered: boolean; openLines: number }) {
  const [state, formAction] = useActionState(setSalesOrderStatusAction, {});
  const [confirming, setConfirming] = useState(false);
  // Cancelling is refused once anything was delivered (the domain decides; no button that can only fail).
  const actions = ACTIONS[status].filter((a) => a.to !== 'cancelled' || !anythingDelivered);
  if (!actions.length && !state.message) return null;
  return (
    <div className="space-y-2">
      <FormMessage ok={state.ok} message={state.message ?? (state.fieldErrors?.status || undefined)} />
      {confirming ? (
        <form action={formAction} onSubmit={() => setConfirming(false)} className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3">
          <input type="hidden" name="number" value={number} />
          <input type="hidden" name="status" value="cancelled" />
          <p className="text-sm text-red-900">Cancel {number}? Nothing was delivered against it. This cannot be undone.</p>
          <div className="flex flex-wrap gap-2">
            <SubmitButton className="btn-danger min-h-12">Yes, cancel it</SubmitButton>
            <button type="button" className="btn-secondary min-h-12" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          {actions.map((a) =>
            a.to === 'cancelled' ? (
              <button key={a.to} type="button" className="btn-secondary min-h-12 text-red-800" onClick={() => setConfirming(true)}>
                {a.label}
              </button>
            ) : (
              <form key={a.to} action={formAction}>
                <input type="hidden" name="number" value={number} />
                <input type="hidden" name="status" value={a.to} />
                <SubmitButton className="btn-secondary min-h-12">{a.to === 'completed' && openLines > 0 ? `${a.label} (${openLines} line${openLines === 1 ? '' : 's'} still open)` : a.label}</SubmitButton>
              </form>
            ),
          )}
        </div>
      )}
    </div>
  );
}
