'use client';
// The client half of the two-step forms (_lib/confirm-step.ts): the form's
// state and key, the confirmation with Confirm / Back, the refusal message.
import { useActionState, useEffect, useRef } from 'react';
import { useFormStatus } from 'react-dom';
import { FormMessage } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { useFormKey } from '@/app/_components/use-form-key';
import type { StepState } from '../_lib/confirm-step';

export type StepAction<S extends StepState> = (state: S, formData: FormData) => Promise<S>;

export function useStepForm<S extends StepState>(action: StepAction<S>) {
  const [state, formAction] = useActionState<S, FormData>(action, {} as Awaited<S>);
  // The fields form remounts with each answer, so what was typed (state.values) is its default again.
  const formKey = useFormKey(state);
  return { state, formAction, formKey, values: state.values ?? {}, errors: state.fieldErrors ?? {} };
}

export type StepForm<S extends StepState = StepState> = ReturnType<typeof useStepForm<S>>;

/** Calls back once per successful answer (the serial page shows it above its forms). */
export function useDoneNotice(state: StepState, onDone?: (message: string) => void) {
  useEffect(() => {
    if (state.ok && state.message) onDone?.(state.message);
  }, [state, onDone]);
}

export function StepError({ state }: { state: StepState }) {
  return state.ok === false && state.message ? <FormMessage ok={false} message={state.message} /> : null;
}

function BackButton() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name="back" value="1" className="btn-secondary min-h-12" disabled={pending} aria-disabled={pending}>
      Back
    </button>
  );
}

/** The confirmation: the sentence, the fields re-sent as hidden inputs, Confirm and Back. */
export function ReviewPanel({ state, formAction, summary, note, danger = false }: { state: StepState; formAction: (formData: FormData) => void; summary: string; note?: string; danger?: boolean }) {
  const sentence = useRef<HTMLParagraphElement>(null);
  // The fields just left the screen: bring the reader to what they are confirming.
  useEffect(() => sentence.current?.focus(), []);
  return (
    <form action={formAction} className="space-y-3">
      {Object.entries(state.values ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="step" value="confirm" />
      <input type="hidden" name="key" value={state.review?.key ?? ''} />
      <p ref={sentence} tabIndex={-1} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
        {summary}
      </p>
      {note?.trim() ? <p className="break-words text-sm text-slate-700">Note: {note.trim()}</p> : null}
      <p className="text-sm text-slate-700">Click Confirm to go ahead, or Back to change it.</p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton className={`${danger ? 'btn-danger' : 'btn-primary'} min-h-12`}>Confirm</SubmitButton>
        <BackButton />
      </div>
    </form>
  );
}
