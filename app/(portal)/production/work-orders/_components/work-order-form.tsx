'use client';
// Open a work order: product, quantity, team, people, due date, note. The people
// offered follow the team chosen (its members; without a team, the creator's
// department). One idempotency key per form, so a resent form opens one order.
import { useActionState, useEffect, useState } from 'react';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { useFormKey } from '@/app/_components/use-form-key';
import type { FormState } from '@/app/_server/form-action';
import type { WorkOrderChoices } from '@/lib/serials/work-order-choices';
import { newIdempotencyKey } from '../../../inventory/_lib/idempotency-key';
import { createWorkOrderAction } from '../actions';

export function WorkOrderForm({ choices, initialProduct }: { choices: WorkOrderChoices; initialProduct: string }) {
  const [state, formAction] = useActionState(createWorkOrderAction, {});
  const formKey = useFormKey(state);
  const [idempotencyKey, setIdempotencyKey] = useState('');
  // Made in the browser after hydration (a server-rendered key would differ from the client's).
  useEffect(() => setIdempotencyKey(newIdempotencyKey()), []);
  return (
    <form key={formKey} action={formAction} className="card space-y-4" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <Fields choices={choices} state={state} initialProduct={initialProduct} />
      <SubmitButton className="btn-primary min-h-12">Create work order</SubmitButton>
    </form>
  );
}

function Fields({ choices, state, initialProduct }: { choices: WorkOrderChoices; state: FormState; initialProduct: string }) {
  const v = { product: initialProduct, quantity: '', team: '', assigneeIds: '', dueAt: '', note: '', ...state.values };
  const e = state.fieldErrors ?? {};
  const [team, setTeam] = useState(v.team);
  const teamId = team ? Number(team) : null;
  const people = choices.people.filter((p) => (teamId === null ? p.departmentId === choices.ownDepartmentId : p.teamId === teamId));
  const chosen = v.assigneeIds ? v.assigneeIds.split(',') : [];
  return (
    <>
      <Field id="product" label="Product" error={e.product}>
        <select id="product" name="product" defaultValue={v.product} className="input" {...invalidProps('product', e.product)}>
          <option value="">Choose…</option>
          {choices.products.map((p) => (
            <option key={p.sku} value={p.sku}>
              {`${p.sku} · ${p.name}`}
            </option>
          ))}
        </select>
      </Field>
      <Field id="quantity" label="Quantity" error={e.quantity} hint="Units to make, 1 to 10,000. Each gets a serial number now.">
        <input id="quantity" name="quantity" defaultValue={v.quantity} inputMode="numeric" autoComplete="off" className="input" {...invalidProps('quantity', e.quantity)} />
      </Field>
      <Field id="team" label="Team (optional)" error={e.team} hint="Without a team the order belongs to your department.">
        <select id="team" name="team" value={team} onChange={(ev) => setTeam(ev.target.value)} className="input" {...invalidProps('team', e.team)}>
          <option value="">No team</option>
          {choices.teams.map((t) => (
            <option key={t.id} value={t.id}>
              {choices.teams.some((o) => o.department !== t.department) ? `${t.name} (${t.department})` : t.name}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id="assigneeIds"
        label="People (optional)"
        error={e.assigneeIds}
        hint={`Named people see the order; with nobody named, the whole team does. ${teamId === null ? 'People of your department.' : 'Members of the chosen team.'} Hold Ctrl or ⌘ to choose several.`}
      >
        <select
          key={team /* another team offers other people: start the choice afresh */}
          id="assigneeIds"
          name="assigneeIds"
          multiple
          defaultValue={chosen}
          size={Math.min(6, Math.max(3, people.length))}
          className="input"
          {...invalidProps('assigneeIds', e.assigneeIds)}
        >
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="dueAt" label="Due date (optional)" error={e.dueAt}>
        <input id="dueAt" name="dueAt" type="date" defaultValue={v.dueAt} className="input" {...invalidProps('dueAt', e.dueAt)} />
      </Field>
      <Field id="note" label="Note (optional)" error={e.note}>
        <textarea id="note" name="note" defaultValue={v.note} rows={3} maxLength={500} className="input" {...invalidProps('note', e.note)} />
      </Field>
    </>
  );
}
