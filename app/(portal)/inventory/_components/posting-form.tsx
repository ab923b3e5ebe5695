'use client';
// What every stock posting form shares: controlled values, one idempotency key
// per form (made after hydration, kept when an answer is lost), a Confirm that is dispatched by hand and
// only once per answer, and the small pieces around the fields.
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { FormMessage } from '@/app/_components/field';
import type { Choice } from '@/lib/inventory/queries/inventory-choices';
import { newIdempotencyKey } from '../_lib/idempotency-key';
import type { MoveValues } from '../_lib/move-kinds';

export const LOST_ANSWER_MESSAGE = 'The connection dropped before the answer came, so it is not known whether this was posted. Press Confirm again: it is posted only once.';

export function usePostingForm<S extends object>(action: (state: S, data: FormData) => Promise<S>, initial: MoveValues) {
  // A request whose answer is lost (flaky Wi-Fi on the floor) keeps the form and its idempotency key,
  // so pressing Confirm again replays the first posting instead of posting twice.
  const orLostAnswer = async (state: S, data: FormData): Promise<S> => {
    try {
      return await action(state, data);
    } catch {
      return { ok: false, message: LOST_ANSWER_MESSAGE } as S;
    }
  };
  const [state, formAction, pending] = useActionState<S, FormData>(orLostAnswer, {} as Awaited<S>);
  const inFlight = useRef(false);
  useEffect(() => {
    inFlight.current = false;
  }, [state]);
  const [values, setValues] = useState(initial);
  const [idempotencyKey, setIdempotencyKey] = useState('');
  // Made in the browser after hydration (a server-rendered key would differ from the client's).
  useEffect(() => setIdempotencyKey(newIdempotencyKey()), []);
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
  return { state, formAction, pending, values, set, idempotencyKey, submit };
}

export function FormTopMessage({ ok, message }: { ok?: boolean; message?: string }) {
  return message ? (
    <div className="sm:col-span-2">
      <FormMessage ok={ok} message={message} />
    </div>
  ) : null;
}

export function LocationList({ id, locations }: { id: string; locations: Choice[] }) {
  return (
    <datalist id={id}>
      {locations.map((l) => (
        <option key={l.code} value={l.code}>
          {l.name}
        </option>
      ))}
    </datalist>
  );
}

export function ConfirmButton({ pending, label, pendingLabel }: { pending: boolean; label: string; pendingLabel: string }) {
  return (
    <div className="sm:col-span-2">
      <button type="submit" className="btn-primary min-h-12 w-full text-base sm:w-auto" disabled={pending} aria-disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
    </div>
  );
}
