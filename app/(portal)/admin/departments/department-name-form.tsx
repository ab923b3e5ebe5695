'use client';
import { useActionState } from 'react';
import { useFormKey } from '@/app/_components/use-form-key';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import type { FormState } from '@/app/_server/form-action';
import { createDepartmentAction, renameDepartmentAction } from './actions';

/** New department (no department given) or the rename form of one. */
export function DepartmentNameForm({ department }: { department?: { id: number; name: string } }) {
  const [state, action] = useActionState<FormState, FormData>(department ? renameDepartmentAction : createDepartmentAction, {});
  const formKey = useFormKey(state);
  const error = state.fieldErrors?.name;
  return (
    <form key={formKey} action={action} className="card max-w-xl space-y-3" noValidate>
      {department ? <h2 className="font-semibold">Name</h2> : null}
      <FormMessage ok={state.ok} message={state.message} />
      {department ? <input type="hidden" name="id" value={department.id} /> : null}
      <Field id="department-name" label="Department name" error={error} hint="Up to 80 characters; no two departments may share a name.">
        <input id="department-name" name="name" defaultValue={state.values?.name ?? department?.name ?? ''} autoComplete="off" className="input" {...invalidProps('department-name', error)} />
      </Field>
      <SubmitButton className={department ? 'btn-secondary' : 'btn-primary'}>{department ? 'Rename' : 'Create department'}</SubmitButton>
    </form>
  );
}
