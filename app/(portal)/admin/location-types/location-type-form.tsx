'use client';
import { useActionState } from 'react';
import { useFormKey } from '@/app/_components/use-form-key';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { formDefaults } from '@/app/_components/form-defaults';
import { SubmitButton } from '@/app/_components/submit-button';
import type { FormState } from '@/app/_server/form-action';

type TypeValues = { id: number; name: string; gridRows: number | null; gridCols: number | null };

export function LocationTypeForm({ action, type }: { action: (s: FormState, f: FormData) => Promise<FormState>; type?: TypeValues }) {
  const [state, formAction] = useActionState(action, {});
  const formKey = useFormKey(state);
  const v = formDefaults(type, state.values);
  const e = state.fieldErrors ?? {};
  const size = (id: 'gridRows' | 'gridCols', label: string) => (
    <Field id={id} label={label} error={e[id]}>
      <input id={id} name={id} type="number" min={1} max={99} step={1} inputMode="numeric" defaultValue={v[id] ?? ''} className="input" {...invalidProps(id, e[id])} />
    </Field>
  );
  return (
    <form key={formKey} action={formAction} className="card max-w-xl space-y-4" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      {type ? <input type="hidden" name="id" value={type.id} /> : null}
      <Field id="name" label="Name" error={e.name} hint="Like Shelf, Bin, Cold storage or Reel rack.">
        <input id="name" name="name" defaultValue={v.name ?? ''} className="input" {...invalidProps('name', e.name)} />
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Grid (optional)</legend>
        <p className="text-xs text-slate-600">Both 1 to 99, or both empty. Locations of a type with a grid are racks: their storage units sit in its cells.</p>
        <div className="grid grid-cols-2 gap-3">
          {size('gridRows', 'Rows')}
          {size('gridCols', 'Columns')}
        </div>
      </fieldset>
      <SubmitButton>{type ? 'Save changes' : 'Create type'}</SubmitButton>
    </form>
  );
}
