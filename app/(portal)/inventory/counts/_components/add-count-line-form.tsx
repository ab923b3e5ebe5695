'use client';
// Found an item where the count has no line for it: add one, then count it.
import { useActionState } from 'react';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { useFormKey } from '@/app/_components/use-form-key';
import type { FormState } from '@/app/_server/form-action';
import type { Choice } from '@/lib/inventory/queries/inventory-choices';
import { addCountLineAction } from '../actions';

export function AddCountLineForm({ countId, units, at }: { countId: number; units: Choice[]; at: string }) {
  const [state, formAction] = useActionState<FormState, FormData>(addCountLineAction, {});
  const formKey = useFormKey(state);
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  const onlyUnit = units.length === 1 ? units[0].code : '';
  return (
    <section aria-labelledby="add-line-heading" className="card space-y-3">
      <h2 id="add-line-heading" className="text-lg font-semibold">
        Found something not listed?
      </h2>
      <form key={formKey} action={formAction} noValidate className="grid gap-3 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <FormMessage ok={state.ok} message={state.message} />
        </div>
        <input type="hidden" name="countId" value={countId} />
        <Field id="add-sku" label="SKU" error={e.sku}>
          <input id="add-sku" name="sku" defaultValue={v.sku ?? ''} autoComplete="off" autoCapitalize="characters" spellCheck={false} className="input min-h-12" {...invalidProps('add-sku', e.sku)} />
        </Field>
        <Field id="add-location" label="Storage unit" error={e.location}>
          <input
            id="add-location"
            name="location"
            list="add-locations"
            defaultValue={v.location ?? (at || onlyUnit)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            className="input min-h-12"
            {...invalidProps('add-location', e.location)}
          />
        </Field>
        <datalist id="add-locations">
          {units.map((u) => (
            <option key={u.code} value={u.code}>
              {u.name}
            </option>
          ))}
        </datalist>
        <div className="sm:col-span-2">
          <SubmitButton className="btn-secondary min-h-12 w-full sm:w-auto">Add line</SubmitButton>
        </div>
      </form>
    </section>
  );
}
