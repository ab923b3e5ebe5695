'use client';
import { useActionState } from 'react';
import { useFormKey } from '@/app/_components/use-form-key';
import { CheckboxField } from '@/app/_components/checkbox-field';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { createItemKindAction, createUnitAction, renameItemKindAction } from './actions';

export function NewKindForm() {
  const [state, action] = useActionState(createItemKindAction, {});
  const formKey = useFormKey(state);
  // A created kind empties the form; a refused one keeps what was typed.
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  return (
    <form key={formKey} action={action} className="card space-y-3" noValidate>
      <h3 className="font-semibold">New kind</h3>
      <FormMessage ok={state.ok} message={state.message} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="kind-code" label="Code" error={e.code} hint="Lower-case, like pcb. Cannot be changed later.">
          <input id="kind-code" name="code" defaultValue={v.code} autoComplete="off" className="input" {...invalidProps('kind-code', e.code)} />
        </Field>
        <Field id="kind-name" label="Name" error={e.name}>
          <input id="kind-name" name="name" defaultValue={v.name} className="input" {...invalidProps('kind-name', e.name)} />
        </Field>
      </div>
      <CheckboxField id="kind-serial" name="serialTracked" label="Serial tracked (each unit has a serial number)" checked={v.serialTracked === 'true'} error={e.serialTracked} hint="Cannot be changed later." />
      <SubmitButton>Create kind</SubmitButton>
    </form>
  );
}

export function RenameKindForm({ code, name }: { code: string; name: string }) {
  const [state, action] = useActionState(renameItemKindAction, {});
  const formKey = useFormKey(state);
  const id = `rename-${code}`;
  const error = state.fieldErrors?.name;
  return (
    <form key={formKey} action={action} className="flex flex-wrap items-start gap-2" noValidate>
      <input type="hidden" name="code" value={code} />
      <div className="min-w-40 flex-1 space-y-1">
        <label htmlFor={id} className="sr-only">
          Name of kind {code}
        </label>
        <input id={id} name="name" defaultValue={state.values?.name ?? name} className="input" {...invalidProps(id, error)} />
        {error ? (
          <p id={`${id}-error`} className="text-sm text-red-700">
            {error}
          </p>
        ) : null}
        {state.message && !error ? (
          <p role={state.ok ? 'status' : 'alert'} className={`text-sm ${state.ok ? 'text-green-800' : 'text-red-700'}`}>
            {state.message}
          </p>
        ) : null}
      </div>
      <SubmitButton className="btn-secondary">
        Rename<span className="sr-only"> {code}</span>
      </SubmitButton>
    </form>
  );
}

export function NewUnitForm() {
  const [state, action] = useActionState(createUnitAction, {});
  const formKey = useFormKey(state);
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  return (
    <form key={formKey} action={action} className="card space-y-3" noValidate>
      <h3 className="font-semibold">New unit</h3>
      <FormMessage ok={state.ok} message={state.message} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="unit-code" label="Code" error={e.code} hint="Like pcs or kg.">
          <input id="unit-code" name="code" defaultValue={v.code} autoComplete="off" className="input" {...invalidProps('unit-code', e.code)} />
        </Field>
        <Field id="unit-name" label="Name" error={e.name}>
          <input id="unit-name" name="name" defaultValue={v.name} className="input" {...invalidProps('unit-name', e.name)} />
        </Field>
        <Field id="unit-decimals" label="Decimal places" error={e.decimals} hint="0 to 6; fixed once created.">
          <input id="unit-decimals" name="decimals" type="number" min={0} max={6} step={1} inputMode="numeric" defaultValue={v.decimals ?? '0'} className="input" {...invalidProps('unit-decimals', e.decimals)} />
        </Field>
      </div>
      <SubmitButton>Create unit</SubmitButton>
    </form>
  );
}
