'use client';
// Roll back one committed scan session: a confirmation with an optional reason
// first, then the answer where the button was (kept after the list refreshes).
import { useActionState, useId, useState } from 'react';
import { Field } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import type { FormState } from '@/app/_server/form-action';
import { rollbackScanAction } from '../actions';

export function RollbackForm({ sessionId, title, rolledBack }: { sessionId: string; title: string; rolledBack: boolean }) {
  const [state, formAction] = useActionState<FormState, FormData>(rollbackScanAction, {});
  const [confirming, setConfirming] = useState(false);
  const id = useId();
  if (state.ok) {
    return (
      <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
        {state.message}
      </p>
    );
  }
  if (rolledBack) return null;
  if (!confirming) {
    return (
      <button type="button" className="btn-secondary min-h-12" onClick={() => setConfirming(true)}>
        Roll back<span className="sr-only"> {title}</span>
      </button>
    );
  }
  return (
    <form action={formAction} className="space-y-3 rounded-md border border-red-300 bg-red-50 p-3" aria-labelledby={`${id}-question`}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <p id={`${id}-question`} className="text-sm font-medium text-red-900">
        Roll back {title}? Compensating entries put the stock back; an order or run it was logged against is updated.
      </p>
      <Field id={`${id}-reason`} label="Reason (optional)">
        <input id={`${id}-reason`} name="reason" className="input" maxLength={500} defaultValue={state.values?.reason ?? ''} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <SubmitButton className="btn-danger min-h-12">Yes, roll back</SubmitButton>
        <button type="button" className="btn-secondary min-h-12" onClick={() => setConfirming(false)}>
          Keep it
        </button>
      </div>
      {state.ok === false && state.message ? (
        <p role="alert" className="text-sm text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
