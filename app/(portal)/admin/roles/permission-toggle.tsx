'use client';
// One cell of the matrix: a button that grants or revokes, with the refusal under it.
import { useActionState } from 'react';
import type { FormState } from '@/app/_server/form-action';
import { setRolePermissionAction } from './actions';

export function PermissionToggle({ role, roleLabel, permission, granted, changed }: { role: string; roleLabel: string; permission: string; granted: boolean; changed: boolean }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(setRolePermissionAction, {});
  return (
    <form action={formAction}>
      <input type="hidden" name="role" value={role} />
      <input type="hidden" name="permission" value={permission} />
      <input type="hidden" name="granted" value={granted ? 'false' : 'true'} />
      <button
        type="submit"
        disabled={pending}
        aria-pressed={granted}
        className={`min-w-20 rounded border px-2 py-1 text-sm ${granted ? 'border-green-700 bg-green-50 text-green-900' : 'border-slate-300 bg-white text-slate-600'} ${changed ? 'ring-2 ring-amber-400' : ''}`}
      >
        {granted ? 'Granted' : 'No'}
        <span className="sr-only">
          {' '}
          for {roleLabel}: {permission}. {granted ? 'Revoke' : 'Grant'}
        </span>
      </button>
      {state.ok === false && state.message ? (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
