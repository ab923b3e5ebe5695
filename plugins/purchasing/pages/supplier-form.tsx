'use client';
// Add a supplier (a core partner of kind supplier) by code and name.
import { useActionState } from 'react';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { useFormKey } from '@/app/_components/use-form-key';
import { createSupplierAction } from './actions';

export function SupplierForm() {
  const [state, formAction] = useActionState(createSupplierAction, {});
  const formKey = useFormKey(state);
  const v = { code: '', name: '', ...(state.ok ? {} : state.values) };
  const e = state.fieldErrors ?? {};
  return (
    <form key={formKey} action={formAction} className="card space-y-4" noValidate aria-labelledby="new-supplier">
      <h2 id="new-supplier" className="text-lg font-semibold">
        New supplier
      </h2>
      <FormMessage ok={state.ok} message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="supplier-code" label="Code" error={e.code} hint="Like MOUSER-01.">
          <input id="supplier-code" name="code" defaultValue={v.code} autoComplete="off" className="input" {...invalidProps('supplier-code', e.code)} />
        </Field>
        <Field id="supplier-name" label="Name" error={e.name}>
          <input id="supplier-name" name="name" defaultValue={v.name} autoComplete="off" className="input" {...invalidProps('supplier-name', e.name)} />
        </Field>
      </div>
      <SubmitButton className="btn-secondary min-h-12">Add supplier</SubmitButton>
    </form>
  );
}
