'use client';
// Open a sales order: customer, expected date, (an Admin's) department, note,
// and its lines: rows of SKU (suggested from the active items) and quantity,
// sent as lines.<n>.sku / lines.<n>.quantity. A refused order comes back with
// every row as typed and each error next to its field. One idempotency key per
// form, so a resent form opens one order.
import Link from 'next/link';
import { useActionState, useEffect, useState } from 'react';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { useFormKey } from '@/app/_components/use-form-key';
import type { FormState } from '@/app/_server/form-action';
import type { SalesOrderChoices } from '@/lib/sales/sales-order-choices';
import { newIdempotencyKey } from '../../inventory/_lib/idempotency-key';
import { PARTNERS_HREF } from '../_lib/links';
import { orderLinesOf } from '../_lib/order-lines';
import { createSalesOrderAction } from '../actions';

interface Row {
  key: number;
  sku: string;
  quantity: string;
}

let nextKey = 0;
const emptyRow = (): Row => ({ key: ++nextKey, sku: '', quantity: '' });

export function SalesOrderForm({ choices, initialPartner }: { choices: SalesOrderChoices; initialPartner: string }) {
  const [state, formAction] = useActionState(createSalesOrderAction, {});
  const formKey = useFormKey(state);
  const [idempotencyKey, setIdempotencyKey] = useState('');
  // Made in the browser after hydration (a server-rendered key would differ from the client's).
  useEffect(() => setIdempotencyKey(newIdempotencyKey()), []);
  return (
    <form key={formKey} action={formAction} className="card space-y-4" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <HeaderFields choices={choices} state={state} initialPartner={initialPartner} />
      <LineRows choices={choices} state={state} />
      <SubmitButton className="btn-primary min-h-12 w-full text-base sm:w-auto">Create sales order</SubmitButton>
    </form>
  );
}

function HeaderFields({ choices, state, initialPartner }: { choices: SalesOrderChoices; state: FormState; initialPartner: string }) {
  const v = { partner: initialPartner, expectedAt: '', departmentId: String(choices.ownDepartmentId), note: '', ...state.values };
  const e = state.fieldErrors ?? {};
  return (
    <>
      <Field id="partner" label="Customer" error={e.partner}>
        <select id="partner" name="partner" defaultValue={v.partner} className="input min-h-12" {...invalidProps('partner', e.partner)}>
          <option value="">Choose…</option>
          {choices.customers.map((c) => (
            <option key={c.code} value={c.code}>
              {`${c.name} (${c.code})`}
            </option>
          ))}
        </select>
      </Field>
      <p className="text-sm">
        <Link className="text-brand-700 underline" href={`${PARTNERS_HREF}#new-partner`}>
          New customer
        </Link>{' '}
        <span className="text-slate-600">— add it first, then come back to this form.</span>
      </p>
      <Field id="expectedAt" label="Expected (optional)" error={e.expectedAt} hint="When the customer expects delivery. Only orders with a date are offered for scanning.">
        <input id="expectedAt" name="expectedAt" type="date" defaultValue={v.expectedAt} className="input min-h-12" {...invalidProps('expectedAt', e.expectedAt)} />
      </Field>
      {choices.departments.length > 1 ? (
        <Field id="departmentId" label="Department" error={e.departmentId} hint="The department that ships the order; its people see it.">
          <select id="departmentId" name="departmentId" defaultValue={v.departmentId} className="input min-h-12" {...invalidProps('departmentId', e.departmentId)}>
            {choices.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field id="note" label="Note (optional)" error={e.note}>
        <textarea id="note" name="note" defaultValue={v.note} rows={2} maxLength={500} className="input" {...invalidProps('note', e.note)} />
      </Field>
    </>
  );
}

function LineRows({ choices, state }: { choices: SalesOrderChoices; state: FormState }) {
  const [rows, setRows] = useState<Row[]>(() => {
    const typed = state.ok ? [] : orderLinesOf(state.values ?? {});
    return typed.length ? typed.map((r) => ({ key: ++nextKey, ...r })) : [emptyRow()];
  });
  const e = state.fieldErrors ?? {};
  const units = new Map(choices.items.map((i) => [i.sku.toUpperCase(), i.unit]));
  const update = (key: number, change: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">Lines, one per item</legend>
      {e.lines ? (
        <p id="lines-error" className="text-sm text-red-700">
          {e.lines}
        </p>
      ) : null}
      <ol className="space-y-3">
        {rows.map((r, i) => {
          const skuId = `lines.${i}.sku`;
          const quantityId = `lines.${i}.quantity`;
          const unit = units.get(r.sku.trim().toUpperCase());
          return (
            <li key={r.key} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_10rem_auto] sm:items-start">
              <Field id={skuId} label={`Line ${i + 1}: SKU`} error={e[skuId]}>
                <input
                  id={skuId}
                  name={skuId}
                  value={r.sku}
                  onChange={(ev) => update(r.key, { sku: ev.target.value })}
                  list="sales-order-items"
                  autoComplete="off"
                  autoCapitalize="characters"
                  spellCheck={false}
                  className="input min-h-12"
                  {...invalidProps(skuId, e[skuId])}
                />
              </Field>
              <Field id={quantityId} label={unit ? `Quantity (${unit})` : 'Quantity'} error={e[quantityId]}>
                <input
                  id={quantityId}
                  name={quantityId}
                  value={r.quantity}
                  onChange={(ev) => update(r.key, { quantity: ev.target.value })}
                  inputMode="decimal"
                  autoComplete="off"
                  className="input min-h-12"
                  {...invalidProps(quantityId, e[quantityId])}
                />
              </Field>
              <button
                type="button"
                className="btn-secondary min-h-12 sm:mt-6"
                disabled={rows.length === 1}
                onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                aria-label={`Remove line ${i + 1}${r.sku ? ` (${r.sku})` : ''}`}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="btn-secondary min-h-12" onClick={() => setRows((rs) => [...rs, emptyRow()])}>
        Add a line
      </button>
      <datalist id="sales-order-items">
        {choices.items.map((i) => (
          <option key={i.sku} value={i.sku}>
            {i.name}
          </option>
        ))}
      </datalist>
    </fieldset>
  );
}
