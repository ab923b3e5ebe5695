'use client';
import { useActionState, useState } from 'react';
import { useFormKey } from '@/app/_components/use-form-key';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { createStorageUnitAction } from './actions';
import { GridPositionFields, gridHint, TextField, TypeSelect, type TypeChoice } from './location-fields';

type Parent = { id: number; code: string; name: string; depth: number; active: boolean; grid: { rows: number; cols: number } | null };

export function StorageUnitForm({ parents, types, preset }: { parents: Parent[]; types: TypeChoice[]; preset: Record<string, string> }) {
  const [state, action] = useActionState(createStorageUnitAction, {});
  const formKey = useFormKey(state);
  const v = { ...preset, ...state.values };
  const e = state.fieldErrors ?? {};
  const [parentId, setParentId] = useState(v.parentId ?? '');
  const parent = parents.find((p) => String(p.id) === parentId);
  return (
    <form key={formKey} action={action} className="card max-w-2xl space-y-4" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <Field id="parentId" label="Inside" error={e.parentId}>
        <select id="parentId" name="parentId" value={parentId} onChange={(ev) => setParentId(ev.target.value)} className="input" {...invalidProps('parentId', e.parentId)}>
          <option value="">Choose…</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id} disabled={!p.active}>
              {`${'\u00a0\u00a0'.repeat(p.depth)}${p.code} — ${p.name}${p.active ? '' : ' (inactive)'}`}
            </option>
          ))}
        </select>
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="code" label="Code" v={v} e={e} hint="Printed on labels; cannot be changed later." />
        <TextField id="name" label="Name" v={v} e={e} />
        <TypeSelect types={types} v={v} e={e} />
        <TextField id="room" label="Room (optional)" v={v} e={e} />
      </div>
      <GridPositionFields v={v} e={e} hint={gridHint(parent)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="locationNumber" label="Location number (optional)" v={v} e={e} />
        <TextField id="workCenter" label="Work center (optional)" v={v} e={e} hint="Set for a lineside bin at that work center." />
      </div>
      <TextField id="barcode" label="Barcode (optional)" v={v} e={e} hint="Empty: the code." />
      <SubmitButton>Create storage unit</SubmitButton>
    </form>
  );
}
