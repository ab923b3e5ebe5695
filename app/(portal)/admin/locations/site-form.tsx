'use client';
import { useActionState } from 'react';
import { useFormKey } from '@/app/_components/use-form-key';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { createSiteAction } from './actions';
import { TextField, TypeSelect, type TypeChoice } from './location-fields';

export function SiteForm({ departments, types }: { departments: { id: number; name: string }[]; types: TypeChoice[] }) {
  const [state, action] = useActionState(createSiteAction, {});
  const formKey = useFormKey(state);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form key={formKey} action={action} className="card max-w-2xl space-y-4" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="code" label="Code" v={v} e={e} hint="Printed on labels; cannot be changed later." />
        <TextField id="name" label="Name" v={v} e={e} />
        <Field id="departmentId" label="Department" error={e.departmentId} hint="Its people see this site's stock.">
          <select id="departmentId" name="departmentId" defaultValue={v.departmentId ?? ''} className="input" {...invalidProps('departmentId', e.departmentId)}>
            <option value="">Choose…</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </Field>
        <TypeSelect types={types} v={v} e={e} />
        <TextField id="room" label="Room (optional)" v={v} e={e} />
        <TextField id="locationNumber" label="Location number (optional)" v={v} e={e} />
      </div>
      <TextField id="barcode" label="Barcode (optional)" v={v} e={e} hint="Empty: the code." />
      <SubmitButton>Create site</SubmitButton>
    </form>
  );
}
