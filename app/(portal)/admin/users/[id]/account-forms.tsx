'use client';
import { useActionState } from 'react';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { resetPasswordAction, setUserActiveAction } from '../actions';

export function ResetPasswordForm({ userId }: { userId: number }) {
  const [state, action] = useActionState(resetPasswordAction, {});
  const error = state.fieldErrors?.password;
  return (
    <form action={action} className="card max-w-xl space-y-3" noValidate>
      <h2 className="font-semibold">Reset password</h2>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="id" value={userId} />
      <Field id="new-password" label="New password" error={error} hint="At least 8 characters.">
        <input id="new-password" name="password" type="password" autoComplete="new-password" className="input" {...invalidProps('new-password', error)} />
      </Field>
      <SubmitButton className="btn-secondary">Set new password</SubmitButton>
    </form>
  );
}

export function ActiveToggle({ userId, active }: { userId: number; active: boolean }) {
  const [state, action] = useActionState(setUserActiveAction, {});
  return (
    <form action={action} className="card max-w-xl space-y-3">
      <h2 className="font-semibold">{active ? 'Deactivate' : 'Reactivate'}</h2>
      <FormMessage ok={state.ok} message={state.message} />
      <p className="text-sm text-slate-700">
        {active ? 'A deactivated user cannot sign in, and their open sessions stop working at once.' : 'The user can sign in again with their password.'}
      </p>
      <input type="hidden" name="id" value={userId} />
      <input type="hidden" name="active" value={active ? 'false' : 'true'} />
      <SubmitButton className={active ? 'btn-danger' : 'btn-secondary'}>{active ? 'Deactivate user' : 'Reactivate user'}</SubmitButton>
    </form>
  );
}
