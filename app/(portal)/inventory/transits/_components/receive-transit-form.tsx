'use client';
// Receive what arrived of a transit document: a quantity and, optionally,
// another storage unit of the destination site. One idempotency key per
// receipt, so a double click or a resent request receives once.
import { useActionState, useEffect, useState } from 'react';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { useFormKey } from '@/app/_components/use-form-key';
import type { Choice } from '@/lib/inventory/queries/inventory-choices';
import { newIdempotencyKey } from '../../_lib/idempotency-key';
import type { ReceiveState } from '../_lib/transit-results';
import { receiveTransitAction } from '../actions';

interface ReceiveTransitFormProps {
  number: string;
  unit: string;
  remaining: string;
  to: string;
  site: string;
  locations: Choice[];
}

function receivedMessage(r: NonNullable<ReceiveState['received']>, number: string, unit: string): string {
  if (r.replayed) return `This receipt was already posted: ${r.quantity} ${unit} into ${r.location}.`;
  return `Received ${r.quantity} ${unit} into ${r.location}.${r.closed ? ` Nothing is left on the way: ${number} is closed.` : ''}`;
}

export function ReceiveTransitForm({ number, unit, remaining, to, site, locations }: ReceiveTransitFormProps) {
  const [state, formAction] = useActionState<ReceiveState, FormData>(receiveTransitAction, {});
  const formKey = useFormKey(state);
  const [idempotencyKey, setIdempotencyKey] = useState('');
  // A new key in the browser for each receipt; a refused one keeps its key (nothing was posted).
  useEffect(() => {
    if (state.ok !== false) setIdempotencyKey(newIdempotencyKey());
  }, [state]);
  const e = state.fieldErrors ?? {};
  const typed = state.ok ? {} : (state.values ?? {});
  return (
    <section aria-labelledby="receive-heading" className="card space-y-4">
      <h2 id="receive-heading" className="text-lg font-semibold">
        Receive
      </h2>
      <FormMessage ok={state.ok} message={state.received ? receivedMessage(state.received, number, unit) : state.message} />
      <form key={formKey} action={formAction} noValidate className="grid gap-4 sm:grid-cols-2">
        <input type="hidden" name="number" value={number} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <Field id="receive-quantity" label={`Quantity (${unit})`} error={e.quantity} hint={`Up to ${remaining} ${unit} are still on the way.`}>
          <input id="receive-quantity" name="quantity" defaultValue={typed.quantity} inputMode="decimal" autoComplete="off" className="input min-h-12" {...invalidProps('receive-quantity', e.quantity)} />
        </Field>
        <Field id="receive-location" label="Storage unit (optional)" error={e.location} hint={`Leave empty to receive into ${to}, or name another storage unit of ${site}.`}>
          <input
            id="receive-location"
            name="location"
            defaultValue={typed.location}
            placeholder={to}
            list="receive-locations"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            className="input min-h-12"
            {...invalidProps('receive-location', e.location)}
          />
        </Field>
        <datalist id="receive-locations">
          {locations.map((l) => (
            <option key={l.code} value={l.code}>
              {l.name}
            </option>
          ))}
        </datalist>
        <div className="sm:col-span-2">
          <SubmitButton className="btn-primary min-h-12 w-full text-base sm:w-auto">Confirm receipt</SubmitButton>
        </div>
      </form>
    </section>
  );
}
