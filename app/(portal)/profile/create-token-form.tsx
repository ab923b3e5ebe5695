'use client';
import { useActionState, useRef, useState } from 'react';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { TOKEN_LIFETIME_DAYS } from '@/lib/api-tokens/token-lifetime';
import { createOwnTokenAction, type CreateTokenState } from './actions';

export function CreateTokenForm() {
  const [state, action] = useActionState<CreateTokenState, FormData>(createOwnTokenAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <div className="space-y-4">
      {state.token ? <NewToken token={state.token} name={state.tokenName ?? ''} /> : null}
      <form action={action} className="card max-w-xl space-y-4" noValidate>
        <h3 className="font-semibold">New token</h3>
        {state.token ? null : <FormMessage ok={state.ok} message={state.message} />}
        <Field id="token-name" label="Token name" error={e.name} hint="Where it is used, e.g. “Line 2 scanner PC”.">
          <input id="token-name" name="name" defaultValue={state.values?.name} maxLength={100} className="input" {...invalidProps('token-name', e.name)} />
        </Field>
        <Field id="token-expires" label="Valid for" error={e.expiresInDays}>
          <select id="token-expires" name="expiresInDays" defaultValue={state.values?.expiresInDays ?? String(TOKEN_LIFETIME_DAYS.default)} className="input" {...invalidProps('token-expires', e.expiresInDays)}>
            {TOKEN_LIFETIME_DAYS.choices.map((days) => (
              <option key={days} value={days}>
                {days} days
              </option>
            ))}
          </select>
        </Field>
        <SubmitButton>Create token</SubmitButton>
      </form>
    </div>
  );
}

/** The raw token, shown once in a read-only field the user can copy from. */
function NewToken({ token, name }: { token: string; name: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
    } catch {
      // No clipboard API (plain http or an old browser): select the text for Ctrl+C instead.
      input.current?.select();
      return;
    }
    setCopied(true);
  }
  return (
    <div className="max-w-xl space-y-2 rounded-lg border border-green-300 bg-green-50 p-4">
      <p role="status" className="text-sm text-green-900">
        Token “{name}” created. Copy it now: it is shown only this once.
      </p>
      <label htmlFor="new-token" className="block text-sm font-medium text-slate-800">
        Your new API token
      </label>
      <div className="flex flex-wrap gap-2">
        <input id="new-token" ref={input} readOnly value={token} className="input min-w-0 flex-1 font-mono" onFocus={(ev) => ev.currentTarget.select()} />
        <button type="button" className="btn-secondary" onClick={copy}>
          Copy
        </button>
      </div>
      <p aria-live="polite" className="text-sm text-green-900">
        {copied ? 'Copied to the clipboard.' : ''}
      </p>
    </div>
  );
}
