'use client';
// Close a transit document that arrived short: a required reason, then what is
// still on the way is written off at the transit storage unit.
import { useActionState } from 'react';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { useFormKey } from '@/app/_components/use-form-key';
import type { CloseState } from '../_lib/transit-results';
import { closeTransitAction } from '../actions';

export function CloseTransitForm({ number, unit, remaining, via }: { number: string; unit: string; remaining: string; via: string }) {
  const [state, formAction] = useActionState<CloseState, FormData>(closeTransitAction, {});
  const formKey = useFormKey(state);
  const error = state.fieldErrors?.reason;
  const message = state.ok ? (state.writtenOff ? `${number} is closed; ${state.writtenOff} ${unit} written off.` : `${number} is closed.`) : state.message && !error ? state.message : undefined;
  return (
    <section aria-labelledby="close-heading" className="card space-y-4">
      <h2 id="close-heading" className="text-lg font-semibold">
        Close short
      </h2>
      <p className="text-sm text-slate-700">
        When the rest will not arrive: closing writes off the {remaining} {unit} still on the way at {via}, with your reason. It cannot be undone.
      </p>
      <FormMessage ok={state.ok} message={message} />
      <form key={formKey} action={formAction} noValidate className="space-y-4">
        <input type="hidden" name="number" value={number} />
        <Field id="close-reason" label="Reason" error={error} hint="For example: two reels damaged in transport.">
          <input id="close-reason" name="reason" defaultValue={state.ok ? '' : state.values?.reason} autoComplete="off" className="input min-h-12" {...invalidProps('close-reason', error)} />
        </Field>
        <SubmitButton className="btn-danger min-h-12 w-full text-base sm:w-auto">Close short</SubmitButton>
      </form>
    </section>
  );
}
