'use client';
// Receive a purchase order: per open line a quantity and the storage unit it
// goes to; lines left blank are not received. All lines or none.
import { useActionState, useEffect, useState } from 'react';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { useFormKey } from '@/app/_components/use-form-key';
import { receivePurchaseOrderAction } from './actions';

function newKey(): string {
  const b = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

export function ReceiveForm({ number, lines }: { number: string; lines: { sku: string; name: string; open: string; unit: string }[] }) {
  const [state, formAction] = useActionState(receivePurchaseOrderAction, {});
  const formKey = useFormKey(state);
  const [idempotencyKey, setIdempotencyKey] = useState('');
  // A fresh key after every answer: a resent form is one receipt, the next receipt is another.
  useEffect(() => setIdempotencyKey(newKey()), [formKey]);
  const e = state.fieldErrors ?? {};
  return (
    <form key={formKey} action={formAction} className="card space-y-4" noValidate aria-labelledby="receive">
      <h2 id="receive" className="text-lg font-semibold">
        Receive
      </h2>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {lines.map((l, i) => (
        <fieldset key={l.sku} className="grid gap-2 border-t border-slate-100 pt-2 sm:grid-cols-2">
          <legend className="text-sm font-medium text-slate-800">
            {l.sku} · {l.name} — {l.open} {l.unit} open
          </legend>
          <input type="hidden" name="sku" value={l.sku} />
          <Field id={`lines.${i}.quantity`} label={`Quantity of ${l.sku}`} error={e[`lines.${i}.quantity`] ?? e[`lines.${i}.sku`]}>
            <input id={`lines.${i}.quantity`} name="quantity" defaultValue={state.values?.[`lines.${i}.quantity`] ?? ''} inputMode="decimal" autoComplete="off" className="input" {...invalidProps(`lines.${i}.quantity`, e[`lines.${i}.quantity`] ?? e[`lines.${i}.sku`])} />
          </Field>
          <Field id={`lines.${i}.location`} label={`Storage unit for ${l.sku}`} error={e[`lines.${i}.location`]} hint="Its code, like CHI-A-01-B1.">
            <input id={`lines.${i}.location`} name="location" defaultValue={state.values?.[`lines.${i}.location`] ?? ''} autoComplete="off" className="input" {...invalidProps(`lines.${i}.location`, e[`lines.${i}.location`])} />
          </Field>
        </fieldset>
      ))}
      <SubmitButton className="btn-primary min-h-12">Receive</SubmitButton>
    </form>
  );
}
