'use client';
// Plan a production lot: product (one with a BOM), quantity, planned dates,
// an optional work order. One idempotency key per form, so a resent form plans one lot.
import { useActionState, useEffect, useState } from 'react';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { useFormKey } from '@/app/_components/use-form-key';
import type { BomProductChoice } from '../lib/list-bom-products';
import { createLotAction } from './actions';

function newKey(): string {
  const b = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

export function PlanLotForm({ products }: { products: BomProductChoice[] }) {
  const [state, formAction] = useActionState(createLotAction, {});
  const formKey = useFormKey(state);
  const [idempotencyKey, setIdempotencyKey] = useState('');
  // Made in the browser after hydration (a server-rendered key would differ from the client's).
  useEffect(() => setIdempotencyKey(newKey()), []);
  const v = { product: '', quantity: '', issueAt: '', completionAt: '', workOrder: '', ...state.values };
  const e = state.fieldErrors ?? {};
  return (
    <form key={formKey} action={formAction} className="card space-y-4" noValidate aria-labelledby="plan-lot">
      <h2 id="plan-lot" className="text-lg font-semibold">
        Plan a lot
      </h2>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="product" label="Product" error={e.product} hint="Items with a bill of materials; the lot uses its latest version.">
          <select id="product" name="product" defaultValue={v.product} className="input" {...invalidProps('product', e.product)}>
            <option value="">Choose…</option>
            {products.map((p) => (
              <option key={p.sku} value={p.sku}>
                {`${p.sku} · ${p.name} (BOM v${p.version})`}
              </option>
            ))}
          </select>
        </Field>
        <Field id="quantity" label="Quantity" error={e.quantity}>
          <input id="quantity" name="quantity" defaultValue={v.quantity} inputMode="decimal" autoComplete="off" className="input" {...invalidProps('quantity', e.quantity)} />
        </Field>
        <Field id="issueAt" label="Issue date (optional)" error={e.issueAt}>
          <input id="issueAt" name="issueAt" type="date" defaultValue={v.issueAt} className="input" {...invalidProps('issueAt', e.issueAt)} />
        </Field>
        <Field id="completionAt" label="Completion date (optional)" error={e.completionAt}>
          <input id="completionAt" name="completionAt" type="date" defaultValue={v.completionAt} className="input" {...invalidProps('completionAt', e.completionAt)} />
        </Field>
        <Field id="workOrder" label="Work order (optional)" error={e.workOrder} hint="For serial-numbered products: the work order whose serials this lot builds.">
          <input id="workOrder" name="workOrder" defaultValue={v.workOrder} autoComplete="off" className="input" {...invalidProps('workOrder', e.workOrder)} />
        </Field>
      </div>
      <SubmitButton className="btn-primary min-h-12">Plan lot</SubmitButton>
    </form>
  );
}
