'use client';
import { useActionState } from 'react';
import { useFormKey } from '@/app/_components/use-form-key';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import type { FormState } from '@/app/_server/form-action';
import { ROLE_LABELS, ROLES } from '@/lib/roles/roles';

type Org = { id: number; name: string; teams: { id: number; name: string }[] }[];
type UserValues = { id?: number; name?: string; email?: string; role?: string; departmentId?: number | string; teamId?: number | string | null };

export function UserForm({ action, org, user, withPassword }: { action: (s: FormState, f: FormData) => Promise<FormState>; org: Org; user?: UserValues; withPassword?: boolean }) {
  const [state, formAction] = useActionState(action, {});
  const formKey = useFormKey(state);
  const v = { ...Object.fromEntries(Object.entries(user ?? {}).map(([k, val]) => [k, val == null ? '' : String(val)])), ...state.values };
  const e = state.fieldErrors ?? {};
  return (
    <form key={formKey} action={formAction} className="card max-w-xl space-y-4" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      {user?.id ? <input type="hidden" name="id" value={user.id} /> : null}
      <Field id="name" label="Name" error={e.name}>
        <input id="name" name="name" defaultValue={v.name} className="input" {...invalidProps('name', e.name)} />
      </Field>
      <Field id="email" label="E-mail" error={e.email}>
        <input id="email" name="email" type="email" defaultValue={v.email} className="input" {...invalidProps('email', e.email)} />
      </Field>
      <Field id="role" label="Role" error={e.role}>
        <select id="role" name="role" defaultValue={v.role ?? 'MEMBER'} className="input" {...invalidProps('role', e.role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="departmentId" label="Department" error={e.departmentId}>
        <select id="departmentId" name="departmentId" defaultValue={v.departmentId ?? ''} className="input" {...invalidProps('departmentId', e.departmentId)}>
          <option value="">Choose…</option>
          {org.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="teamId" label="Team (optional)" error={e.teamId} hint="The team must belong to the department.">
        <select id="teamId" name="teamId" defaultValue={v.teamId ?? ''} className="input" {...invalidProps('teamId', e.teamId)}>
          <option value="">No team</option>
          {org.map((d) => (
            <optgroup key={d.id} label={d.name}>
              {d.teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Field>
      {withPassword ? (
        <Field id="password" label="Initial password" error={e.password} hint="At least 8 characters.">
          <input id="password" name="password" type="password" autoComplete="new-password" className="input" {...invalidProps('password', e.password)} />
        </Field>
      ) : null}
      <SubmitButton>{user?.id ? 'Save changes' : 'Create user'}</SubmitButton>
    </form>
  );
}
