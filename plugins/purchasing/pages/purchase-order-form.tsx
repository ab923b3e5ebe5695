'use client';
// A new purchase order: supplier, up to eight lines (blank rows are left out),
// draft or placed. One idempotency key per form, so a resent form orders once.
import { useActionState, useEffect, useState } from 'react';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { useFormKey } from '@/app/_components/use-form-key';
import { createPurchaseOrderAction } from './actions';

const ROWS = 8;

function newKey(): string {
  const b = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

export function PurchaseOrderForm({ suppliers }: { suppliers: { code: string; name: string }[] }) {
  const [state, formAction] = useActionState(createPurchaseOrderAction, {});
  const formKey = useFormKey(state);
  const [idempotencyKey, setIdempotencyKey] = useState('');
  useEffect(() => setIdempotencyKey(newKey()), []);
  const v = { supplier: '', status: 'placed', note: '', ...state.values };
  const e = state.fieldErrors ?? {};
  return (
    <form key={formKey} action={formAction} className="card space-y-4" noValidate aria-labelledby="new-po">
      <h2 id="new-po" className="text-lg font-semibold">
        New purchase order
      </h2>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="supplier" label="Supplier" error={e.supplier}>
          <select id="supplier" name="supplier" defaultValue={v.supplier} className="input" {...invalidProps('supplier', e.supplier)}>
            <option value="">Choose…</option>
            {suppliers.map((s) => (
              <option key={s.code} value={s.code}>{`${s.code} · ${s.name}`}</option>
            ))}
          </select>
        </Field>
        <Field id="status" label="Status" error={e.status}>
          <select id="status" name="status" defaultValue={v.status} className="input" {...invalidProps('status', e.status)}>
            <option value="placed">Placed</option>
            <option value="draft">Draft</option>
          </select>
        </Field>
      </div>
      {e.lines ? (
        <p className="text-sm text-red-700" role="alert">
          {e.lines}
        </p>
      ) : null}
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">Lines (leave rows blank that you do not need)</legend>
        {Array.from({ length: ROWS }, (_, i) => (
          <div key={i} className="grid grid-cols-2 gap-2 border-t border-slate-100 pt-2 sm:grid-cols-4">
            {(
              [
                ['sku', 'SKU', 'text'],
                ['quantity', 'Quantity', 'text'],
                ['unitPrice', 'Unit price', 'text'],
                ['expectedAt', 'Expected', 'date'],
              ] as const
            ).map(([name, label, type]) => {
              const id = `lines.${i}.${name}`;
              return (
                <Field key={name} id={id} label={`${label} ${i + 1}`} error={e[id]}>
                  <input id={id} name={name} type={type} defaultValue={state.values?.[id] ?? ''} inputMode={name === 'quantity' || name === 'unitPrice' ? 'decimal' : undefined} autoComplete="off" className="input" {...invalidProps(id, e[id])} />
                </Field>
              );
            })}
          </div>
        ))}
      </fieldset>
      <Field id="note" label="Note (optional)" error={e.note}>
        <input id="note" name="note" defaultValue={v.note} autoComplete="off" className="input" {...invalidProps('note', e.note)} />
      </Field>
      <SubmitButton className="btn-primary min-h-12">Create purchase order</SubmitButton>
    </form>
  );
}
