'use client';
// The fields of each movement form, controlled (the preview reads them as they are typed).
import type { InputHTMLAttributes } from 'react';
import { Field, invalidProps } from '@/app/_components/field';
import { MOVE_KINDS, type MoveKind, type MoveValues } from '../_lib/move-kinds';
import { STATUS_LABELS } from './labels';

interface FieldsProps {
  kind: MoveKind;
  values: MoveValues;
  set: (name: string, value: string) => void;
  errors: Record<string, string>;
  locationList: string;
}

type TextProps = { name: string; label: string; hint?: string; wide?: boolean } & Omit<InputHTMLAttributes<HTMLInputElement>, 'name'>;

export type MoveFieldContext = Pick<FieldsProps, 'values' | 'set' | 'errors'>;
type Ctx = MoveFieldContext;

// Module level, not inside MoveFields: a component type made per render would remount the input on every keystroke.
// Exported for forms that post other documents with the same fields (the transit ship form).
export function MoveText({ f, name, label, hint, wide, ...input }: TextProps & { f: Ctx }) {
  const id = `move-${name}`;
  return (
    <div className={wide ? 'sm:col-span-2' : undefined}>
      <Field id={id} label={label} error={f.errors[name]} hint={hint}>
        <input id={id} name={name} value={f.values[name] ?? ''} onChange={(e) => f.set(name, e.target.value)} className="input min-h-12" {...invalidProps(id, f.errors[name])} {...input} />
      </Field>
    </div>
  );
}

function MoveSelect({ f, name, label, options }: { f: Ctx; name: string; label: string; options: [string, string][] }) {
  const id = `move-${name}`;
  return (
    <Field id={id} label={label} error={f.errors[name]}>
      <select id={id} name={name} value={f.values[name] ?? ''} onChange={(e) => f.set(name, e.target.value)} className="input min-h-12" {...invalidProps(id, f.errors[name])}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function MoveFields({ kind, values, set, errors, locationList }: FieldsProps) {
  const f: Ctx = { values, set, errors };
  const code = { f, list: locationList, autoComplete: 'off', autoCapitalize: 'characters', spellCheck: false };
  const sku = <MoveText f={f} name="sku" label="SKU" autoComplete="off" autoCapitalize="characters" spellCheck={false} />;
  const quantity = <MoveText f={f} name="quantity" label={kind === 'set-quantity' ? 'Counted quantity' : 'Quantity'} inputMode="decimal" autoComplete="off" />;
  const note = <MoveText f={f} name="note" label="Note (optional)" wide />;
  const reason = <MoveText f={f} name="reason" label="Reason" wide hint={kind === 'adjust' ? 'Adjusting is the exception: say why the count was wrong.' : 'For example: cycle count of the bin.'} />;
  const ref = MOVE_KINDS[kind].reference;
  const reference = ref ? <MoveText f={f} name="refNumber" label={ref.label} /> : null;
  const select = (name: string, label: string, options: [string, string][]) => <MoveSelect f={f} name={name} label={label} options={options} />;

  switch (kind) {
    case 'receive':
      return (
        <>
          {sku}
          <MoveText name="to" label="To" {...code} />
          {quantity}
          {reference}
          <MoveText f={f} name="supplier" label="Supplier (optional)" />
          <MoveText f={f} name="supplierLot" label="Supplier lot (optional)" />
          <MoveText f={f} name="unitCost" label="Unit cost (optional)" inputMode="decimal" />
          <MoveText f={f} name="expiresAt" label="Expires (optional)" type="date" />
          {note}
        </>
      );
    case 'transfer':
      return (
        <>
          {sku}
          {quantity}
          <MoveText name="from" label="From" {...code} />
          <MoveText name="to" label="To" {...code} />
          {note}
        </>
      );
    case 'consume':
    case 'ship':
      return (
        <>
          {sku}
          <MoveText name="from" label="From" {...code} />
          {quantity}
          {reference}
          {note}
        </>
      );
    case 'adjust':
      return (
        <>
          <fieldset className="space-y-2 sm:col-span-2">
            <legend className="text-sm font-medium text-slate-800">Direction</legend>
            <div className="flex flex-wrap gap-2">
              {[
                ['down', 'Down: remove units (oldest first)'],
                ['up', 'Up: add units as a new batch'],
              ].map(([value, text]) => (
                <label key={value} className="flex min-h-12 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm">
                  <input type="radio" name="direction" value={value} checked={values.direction === value} onChange={() => set('direction', value)} className="size-5" />
                  {text}
                </label>
              ))}
            </div>
            {errors.direction ? <p className="text-sm text-red-700">{errors.direction}</p> : null}
          </fieldset>
          {sku}
          <MoveText name="location" label="Location" {...code} />
          {quantity}
          {reason}
          {note}
        </>
      );
    case 'set-quantity':
      return (
        <>
          {sku}
          <MoveText name="location" label="Location" {...code} />
          {quantity}
          {reason}
          {note}
        </>
      );
    case 'status':
      return (
        <>
          {sku}
          <MoveText name="location" label="Location" {...code} />
          {select('fromStatus', 'Current status', Object.entries(STATUS_LABELS))}
          {select('status', 'New status', Object.entries(STATUS_LABELS))}
          {quantity}
          {note}
        </>
      );
  }
}
