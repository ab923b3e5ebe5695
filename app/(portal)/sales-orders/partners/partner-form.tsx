'use client';
// Add a customer (or supplier): code, name, kind. After a customer is added,
// a link opens a sales order for it.
import Link from 'next/link';
import { useActionState } from 'react';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { useFormKey } from '@/app/_components/use-form-key';
import { newSalesOrderFor } from '../_lib/links';
import { createPartnerAction, type PartnerFormState } from './actions';

export function PartnerForm() {
  const [state, formAction] = useActionState<PartnerFormState, FormData>(createPartnerAction, {});
  const formKey = useFormKey(state);
  const v = { code: '', name: '', kind: 'customer', ...(state.ok ? {} : state.values) };
  const e = state.fieldErrors ?? {};
  return (
    <section aria-labelledby="new-partner" className="card space-y-4">
      <h2 id="new-partner" className="text-lg font-semibold">
        New customer
      </h2>
      <FormMessage ok={state.ok} message={state.message} />
      {state.ok && state.created?.kind === 'customer' ? (
        <p>
          <Link className="btn-primary min-h-12" href={newSalesOrderFor(state.created.code)}>
            New sales order for {state.created.name}
          </Link>
        </p>
      ) : null}
      <form key={formKey} action={formAction} noValidate className="grid gap-4 sm:grid-cols-2">
        <Field id="partner-code" label="Code" error={e.code} hint="Letters, digits, dashes, underscores; up to 32. Stored in capitals.">
          <input id="partner-code" name="code" defaultValue={v.code} maxLength={32} autoComplete="off" autoCapitalize="characters" spellCheck={false} className="input min-h-12" {...invalidProps('partner-code', e.code)} />
        </Field>
        <Field id="partner-name" label="Name" error={e.name}>
          <input id="partner-name" name="name" defaultValue={v.name} maxLength={120} autoComplete="off" className="input min-h-12" {...invalidProps('partner-name', e.name)} />
        </Field>
        <Field id="partner-kind" label="Kind" error={e.kind}>
          <select id="partner-kind" name="kind" defaultValue={v.kind} className="input min-h-12" {...invalidProps('partner-kind', e.kind)}>
            <option value="customer">Customer</option>
            <option value="supplier">Supplier</option>
          </select>
        </Field>
        <div className="sm:col-span-2">
          <SubmitButton className="btn-primary min-h-12 w-full text-base sm:w-auto">Add</SubmitButton>
        </div>
      </form>
    </section>
  );
}
