'use client';
// Reverse a whole posting (Admin): a reason, then compensating entries. The
// domain refuses, in its own words, when the stock has already left.
import { useActionState } from 'react';
import { Field, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { reverseMovementAction } from '../actions';

export function ReverseMovementForm({ groupId, label }: { groupId: string; label: string }) {
  const [state, action] = useActionState(reverseMovementAction, {});
  const id = `reason-${groupId}`;
  if (state.ok) {
    return (
      <p role="status" className="text-sm text-green-800">
        {state.message}
      </p>
    );
  }
  const error = state.fieldErrors?.reason;
  return (
    <details className="min-w-48 text-sm" open={state.ok === false}>
      <summary className="inline-flex min-h-10 cursor-pointer items-center rounded-md px-2 text-brand-700 underline">
        Reverse<span className="sr-only"> {label}</span>
      </summary>
      <form action={action} className="mt-2 space-y-2">
        <input type="hidden" name="groupId" value={groupId} />
        <Field id={id} label="Reason for the reversal" error={error}>
          <input id={id} name="reason" defaultValue={state.values?.reason} className="input" {...invalidProps(id, error)} />
        </Field>
        {state.ok === false && state.message && !error ? (
          <p role="alert" className="text-sm text-red-700">
            {state.message}
          </p>
        ) : null}
        <SubmitButton className="btn-danger">Reverse movement</SubmitButton>
      </form>
    </details>
  );
}
