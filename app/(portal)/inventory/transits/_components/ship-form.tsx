'use client';
// Ship stock to another site: the transfer form's fields and live FIFO preview
// of the source, Confirm with the previewed available quantity (the domain
// refuses if stock changed since) and one idempotency key per form (a double
// click ships once), and the new transit document with its entries afterwards.
import Link from 'next/link';
import { useState } from 'react';
import type { Choice } from '@/lib/inventory/queries/inventory-choices';
import { MoveText, type MoveFieldContext } from '../../_components/move-fields';
import { PickPreview } from '../../_components/pick-preview';
import { PostedEntries } from '../../_components/posted-entries';
import { ConfirmButton, FormTopMessage, LocationList, usePostingForm } from '../../_components/posting-form';
import { usePickPreview } from '../../_components/use-pick-preview';
import type { MoveValues } from '../../_lib/move-kinds';
import { transitHref } from '../_lib/transit-links';
import type { ShipState } from '../_lib/transit-results';
import { shipTransitAction } from '../actions';

interface ShipFormProps {
  initial: MoveValues;
  locations: Choice[];
}

export function ShipForm(props: ShipFormProps) {
  // "Post another" starts a new round: fresh fields, fresh idempotency key.
  const [round, setRound] = useState(0);
  return <ShipFormRound key={round} {...props} onAnother={() => setRound((r) => r + 1)} />;
}

function ShipFormRound({ initial, locations, onAnother }: ShipFormProps & { onAnother: () => void }) {
  const { state, formAction, pending, values, set, idempotencyKey, submit } = usePostingForm<ShipState>(shipTransitAction, initial);
  const request = { sku: values.sku ?? '', location: values.from ?? '', quantity: values.quantity ?? '', status: 'available' };
  const { result, checking } = usePickPreview(request, state);

  if (state.ok && state.posted) {
    return (
      <PostedEntries posted={state.posted} onAnother={onAnother}>
        {state.number ? (
          <p>
            <Link className="btn-primary min-h-12" href={transitHref(state.number)}>
              Open transit {state.number}
            </Link>
          </p>
        ) : null}
      </PostedEntries>
    );
  }
  const f: MoveFieldContext = { values, set, errors: state.fieldErrors ?? {} };
  const code = { f, list: 'ship-locations', autoComplete: 'off', autoCapitalize: 'characters', spellCheck: false };
  return (
    <form action={formAction} onSubmit={submit} noValidate className="card grid gap-4 sm:grid-cols-2">
      <FormTopMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="expectedAvailable" value={result?.ok ? result.preview.available : ''} />
      <MoveText f={f} name="sku" label="SKU" autoComplete="off" autoCapitalize="characters" spellCheck={false} />
      <MoveText f={f} name="quantity" label="Quantity" inputMode="decimal" autoComplete="off" />
      <MoveText name="from" label="From" {...code} />
      <MoveText name="to" label="To" hint="A storage unit at another site. The stock waits in that site's transit unit until it is received there." {...code} />
      <MoveText f={f} name="note" label="Note (optional)" hint="For example: carrier and tracking number." wide />
      <LocationList id="ship-locations" locations={locations} />
      <PickPreview requested={!!(request.sku.trim() && request.location.trim())} result={result} checking={checking} />
      <ConfirmButton pending={pending} label="Confirm shipment" pendingLabel="Shipping…" />
    </form>
  );
}
