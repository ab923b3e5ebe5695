'use client';
import { useActionState } from 'react';
import { useFormKey } from '@/app/_components/use-form-key';
import { CheckboxField } from '@/app/_components/checkbox-field';
import { FormMessage } from '@/app/_components/field';
import { formDefaults } from '@/app/_components/form-defaults';
import { SubmitButton } from '@/app/_components/submit-button';
import { updateLocationAction } from './actions';
import { GridPositionFields, gridHint, TextField, TypeSelect, type TypeChoice } from './location-fields';

type Editable = {
  id: number;
  isSite: boolean;
  name: string;
  typeId: number | null;
  room: string | null;
  gridRow: number | null;
  gridCol: number | null;
  locationNumber: string | null;
  barcode: string | null;
  workCenter: string | null;
  active: boolean;
  parent: { code: string; grid: { rows: number; cols: number } | null } | null;
};

export function EditLocationForm({ location, types }: { location: Editable; types: TypeChoice[] }) {
  const [state, action] = useActionState(updateLocationAction, {});
  const formKey = useFormKey(state);
  const { parent, ...fields } = location;
  const v = formDefaults(fields, state.values);
  const e = state.fieldErrors ?? {};
  return (
    <form key={formKey} action={action} className="card max-w-2xl space-y-4" noValidate>
      <h2 className="font-semibold">Details</h2>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="id" value={location.id} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="name" label="Name" v={v} e={e} />
        <TypeSelect types={types} v={v} e={e} />
        <TextField id="room" label="Room (optional)" v={v} e={e} />
        <TextField id="locationNumber" label="Location number (optional)" v={v} e={e} />
      </div>
      {location.isSite ? (
        <>
          <input type="hidden" name="gridRow" value="" />
          <input type="hidden" name="gridCol" value="" />
        </>
      ) : (
        <>
          <GridPositionFields v={v} e={e} hint={gridHint(parent ?? undefined)} />
          <TextField id="workCenter" label="Work center (optional)" v={v} e={e} hint="Set for a lineside bin at that work center." />
        </>
      )}
      <TextField id="barcode" label="Barcode (optional)" v={v} e={e} hint="Empty: the code." />
      <CheckboxField id="active" name="active" label="Active (stock can be posted here)" checked={v.active === 'true'} error={e.active} hint="A location holding stock or active storage units stays active." />
      <SubmitButton>Save changes</SubmitButton>
    </form>
  );
}
