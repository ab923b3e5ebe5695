'use client';
// A movement form: fields, a live FIFO preview for movements that take stock
// out, and Confirm. Confirm carries the previewed available quantity (the
// domain refuses if stock changed since) and one idempotency key per form, so
// a double click posts once. Nothing typed is lost when the domain refuses.
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { FormMessage } from '@/app/_components/field';
import type { Choice } from '@/lib/inventory/queries/inventory-choices';
import type { MoveState } from '../_lib/action-results';
import { newIdempotencyKey } from '../_lib/idempotency-key';
import { MOVE_KINDS, previewSource, type MoveKind, type MoveValues } from '../_lib/move-kinds';
import { postMovementAction } from '../actions';
import { MoveFields } from './move-fields';
import { PickPreview } from './pick-preview';
import { PostedEntries } from './posted-entries';
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
  const [state, formAction, pending] = useActionState<MoveState, FormData>(postMovementAction, {});
  const inFlight = useRef(false);
  useEffect(() => {
    inFlight.current = false;
  }, [state]);
  const [values, setValues] = useState(initial);
  const [idempotencyKey, setIdempotencyKey] = useState('');
  // Made in the browser after hydration (a server-rendered key would differ from the client's).
  useEffect(() => setIdempotencyKey(newIdempotencyKey()), []);
  const source = previewSource(kind, values);
  const request = source ? { sku: values.sku ?? '', location: source.location, quantity: values.quantity ?? '', status: source.status } : null;
  const { result, checking } = usePickPreview(request, state);

  if (state.ok && state.posted) return <PostedEntries posted={state.posted} onAnother={onAnother} />;
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  // Dispatched by hand, not as a form action: React resets a form after its action, and that wrongly
  // resets controlled selects and radios (react#30580, #31695). The ref drops a second click before the re-render.
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  };
  return (
    <form action={formAction} onSubmit={submit} noValidate className="card grid gap-4 sm:grid-cols-2">
      {state.message ? (
        <div className="sm:col-span-2">
          <FormMessage ok={state.ok} message={state.message} />
        </div>
      ) : null}
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {source ? <input type="hidden" name="expectedAvailable" value={result?.ok ? result.preview.available : ''} /> : null}
      <MoveFields kind={kind} values={values} set={set} errors={state.fieldErrors ?? {}} locationList="move-locations" />
      <datalist id="move-locations">
        {locations.map((l) => (
          <option key={l.code} value={l.code}>
            {l.name}
          </option>
        ))}
      </datalist>
      {request ? <PickPreview requested={!!(request.sku.trim() && request.location.trim())} result={result} checking={checking} /> : null}
      <div className="sm:col-span-2">
        <button type="submit" className="btn-primary min-h-12 w-full text-base sm:w-auto" disabled={pending} aria-disabled={pending}>
          {pending ? 'Posting…' : MOVE_KINDS[kind].confirm}
        </button>
      </div>
    </form>
  );
}
