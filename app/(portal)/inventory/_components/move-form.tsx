'use client';
// A movement form: fields, a live FIFO preview for movements that take stock
// out, and Confirm. Confirm carries the previewed available quantity (the
// domain refuses if stock changed since) and one idempotency key per form, so
// a double click posts once. Nothing typed is lost when the domain refuses.
import { useState } from 'react';
import type { Choice } from '@/lib/inventory/queries/inventory-choices';
import type { MoveState } from '../_lib/action-results';
import { MOVE_KINDS, previewSource, type MoveKind, type MoveValues } from '../_lib/move-kinds';
import { postMovementAction } from '../actions';
import { MoveFields } from './move-fields';
import { PickPreview } from './pick-preview';
import { PostedEntries } from './posted-entries';
import { ConfirmButton, FormTopMessage, LocationList, usePostingForm } from './posting-form';
import { usePickPreview } from './use-pick-preview';

interface MoveFormProps {
  kind: MoveKind;
  initial: MoveValues;
  locations: Choice[];
}

export function MoveForm(props: MoveFormProps) {
  // "Post another" starts a new round: fresh fields, fresh idempotency key.
  const [round, setRound] = useState(0);
  return <MoveFormRound key={round} {...props} onAnother={() => setRound((r) => r + 1)} />;
}

function MoveFormRound({ kind, initial, locations, onAnother }: MoveFormProps & { onAnother: () => void }) {
  const { state, formAction, pending, values, set, idempotencyKey, submit } = usePostingForm<MoveState>(postMovementAction, initial);
  const source = previewSource(kind, values);
  const request = source ? { sku: values.sku ?? '', location: source.location, quantity: values.quantity ?? '', status: source.status } : null;
  const { result, checking } = usePickPreview(request, state);

  if (state.ok && state.posted) return <PostedEntries posted={state.posted} onAnother={onAnother} />;
  return (
    <form action={formAction} onSubmit={submit} noValidate className="card grid gap-4 sm:grid-cols-2">
      <FormTopMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {source ? <input type="hidden" name="expectedAvailable" value={result?.ok ? result.preview.available : ''} /> : null}
      <MoveFields kind={kind} values={values} set={set} errors={state.fieldErrors ?? {}} locationList="move-locations" />
      <LocationList id="move-locations" locations={locations} />
      {request ? <PickPreview requested={!!(request.sku.trim() && request.location.trim())} result={result} checking={checking} /> : null}
      <ConfirmButton pending={pending} label={MOVE_KINDS[kind].confirm} pendingLabel="Posting…" />
    </form>
  );
}
