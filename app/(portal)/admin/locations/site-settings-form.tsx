'use client';
import { useActionState } from 'react';
import { useFormKey } from '@/app/_components/use-form-key';
import { FormMessage } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { setSiteAllowNegativeAction } from './actions';

export function AllowNegativeToggle({ siteId, allowNegative }: { siteId: number; allowNegative: boolean }) {
  const [state, action] = useActionState(setSiteAllowNegativeAction, {});
  const formKey = useFormKey(state);
  return (
    <form key={formKey} action={action} className="card max-w-2xl space-y-3">
      <h2 className="font-semibold">Site settings</h2>
      <FormMessage ok={state.ok} message={state.message} />
      <p className="text-sm text-slate-700">
        Negative stock is <strong>{allowNegative ? 'allowed' : 'refused'}</strong> at this site.{' '}
        {allowNegative
          ? 'Issues and shipments go ahead even when the system shows too little; the gap is settled when the goods are received.'
          : 'Issues and shipments that would take more than is on hand are refused.'}
      </p>
      <input type="hidden" name="id" value={siteId} />
      <input type="hidden" name="allowNegative" value={allowNegative ? 'false' : 'true'} />
      <SubmitButton className="btn-secondary">{allowNegative ? 'Refuse negative stock' : 'Allow negative stock'}</SubmitButton>
    </form>
  );
}
