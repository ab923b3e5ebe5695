'use client';
// Post or discard a reviewed count (Admins). Post carries one idempotency key
// per page, so a double click or a resent request posts once; Discard asks again first.
import { useActionState, useEffect, useState } from 'react';
import { FormMessage } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import type { FormState } from '@/app/_server/form-action';
import { newIdempotencyKey } from '../../_lib/idempotency-key';
import { discardCountAction, postCountAction } from '../actions';

export function CloseCountForms({ countId, withVariance }: { countId: number; withVariance: number }) {
  const [posted, postAction] = useActionState<FormState, FormData>(postCountAction, {});
  const [discarded, discardAction] = useActionState<FormState, FormData>(discardCountAction, {});
  const [idempotencyKey, setIdempotencyKey] = useState('');
  const [confirming, setConfirming] = useState(false);
  // Made in the browser after hydration (a server-rendered key would differ from the client's).
  useEffect(() => setIdempotencyKey(newIdempotencyKey()), []);
  return (
    <section aria-labelledby="close-heading" className="card space-y-3">
      <h2 id="close-heading" className="text-lg font-semibold">
        Post or discard
      </h2>
      <FormMessage ok={posted.ok} message={posted.message} />
      <FormMessage ok={discarded.ok} message={discarded.message} />
      <div className="flex flex-wrap items-start gap-3">
        <form action={postAction}>
          <input type="hidden" name="countId" value={countId} />
          <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
          <SubmitButton className="btn-primary min-h-12 text-base">{withVariance ? `Post ${withVariance} adjustment${withVariance === 1 ? '' : 's'}` : 'Close count (nothing to book)'}</SubmitButton>
        </form>
        {confirming ? (
          <form action={discardAction} className="flex flex-wrap items-center gap-2">
            <input type="hidden" name="countId" value={countId} />
            <span className="text-sm text-slate-800">Discard this count? Nothing will be booked.</span>
            <SubmitButton className="btn-danger min-h-12">Yes, discard</SubmitButton>
            <button type="button" className="btn-secondary min-h-12" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </form>
        ) : (
          <button type="button" className="btn-secondary min-h-12" onClick={() => setConfirming(true)}>
            Discard count…
          </button>
        )}
      </div>
    </section>
  );
}
