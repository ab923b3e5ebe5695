'use client';
import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import type { FormState } from '@/app/_server/form-action';

/** Archive or bring back a department or team; a refusal (who is still in it) shows beneath the button. */
export function ArchiveToggle({ action, id, archived, what }: { action: (s: FormState, f: FormData) => Promise<FormState>; id: number; archived: boolean; what: string }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="archived" value={archived ? 'false' : 'true'} />
      <SubmitButton className="btn-secondary">
        {archived ? 'Bring back' : 'Archive'}
        <span className="sr-only"> {what}</span>
      </SubmitButton>
      {state.message ? (
        <p role={state.ok ? 'status' : 'alert'} className={`text-sm ${state.ok ? 'text-green-800' : 'text-red-700'}`}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
