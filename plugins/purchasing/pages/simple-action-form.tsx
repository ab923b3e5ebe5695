'use client';
// A one-button form for an action that takes a few hidden fields (place, cancel, draft POs), with its result next to it.
import { useActionState } from 'react';
import { FormMessage } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import type { FormState } from '@/app/_server/form-action';

export function SimpleActionForm({
  action,
  fields,
  label,
  className = 'btn-primary min-h-12',
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  className?: string;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton className={className}>{label}</SubmitButton>
      <FormMessage ok={state.ok} message={state.message} />
    </form>
  );
}
