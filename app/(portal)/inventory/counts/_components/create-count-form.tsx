'use client';
// Opens a count: which storage unit (and everything beneath it), blind or not, a note.
import { useActionState } from 'react';
import { CheckboxField } from '@/app/_components/checkbox-field';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { useFormKey } from '@/app/_components/use-form-key';
import type { FormState } from '@/app/_server/form-action';
import type { Choice } from '@/lib/inventory/queries/inventory-choices';
import { createCountAction } from '../actions';

export function CreateCountForm({ locations, location }: { locations: Choice[]; location: string }) {
  const [state, formAction] = useActionState<FormState, FormData>(createCountAction, {});
  const formKey = useFormKey(state);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form key={formKey} action={formAction} noValidate className="card space-y-4">
      <FormMessage ok={state.ok} message={state.message} />
      <Field id="count-location" label="Location" error={e.location} hint="A storage unit, or an aisle, rack or site: the count covers everything beneath it.">
        <input
          id="count-location"
          name="location"
          list="count-locations"
          defaultValue={v.location ?? location}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="input min-h-12"
          {...invalidProps('count-location', e.location)}
        />
      </Field>
      <datalist id="count-locations">
        {locations.map((l) => (
          <option key={l.code} value={l.code}>
            {l.name}
          </option>
        ))}
      </datalist>
      <CheckboxField id="count-blind" name="blind" label="Blind count" checked={v.blind === 'true'} error={e.blind} hint="Counters do not see what the system expects; Admins see it when reviewing." />
      <Field id="count-note" label="Note (optional)" error={e.note}>
        <input id="count-note" name="note" defaultValue={v.note ?? ''} className="input min-h-12" {...invalidProps('count-note', e.note)} />
      </Field>
      <p className="text-sm text-slate-700">The count lists every item with available stock of our own there now. Stock on hold, rejected or owned by customers is not part of it.</p>
      <SubmitButton className="btn-primary min-h-12 w-full text-base sm:w-auto">Open count</SubmitButton>
    </form>
  );
}
