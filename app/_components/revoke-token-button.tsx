'use client';
import { useActionState } from 'react';
import type { FormState } from '@/app/_server/form-action';
import { SubmitButton } from './submit-button';

/** One row's revoke button; the token name is in the accessible name so a screen reader can tell the rows' buttons apart. */
export function RevokeTokenButton({ id, name, action }: { id: number; name: string; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <SubmitButton className="btn-secondary">
        Revoke<span className="sr-only"> token {name}</span>
      </SubmitButton>
      {state.ok === false && state.message ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
