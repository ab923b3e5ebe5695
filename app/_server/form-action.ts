// The one helper every form action uses: actor from the session -> domain call
// -> a result the form shows (message, errors next to fields, typed values kept).
// Expected failures speak their own words; unexpected ones are logged and shown
// as a generic message, never a stack trace.
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { DomainError } from '@/lib/errors';
import type { Actor } from '@/lib/roles/actor';
import { getActor } from './session';

export interface FormState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What the user typed, so a refused form comes back filled in (never passwords). */
  values?: Record<string, string>;
}

export const initialFormState: FormState = {};

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$') && !/password/i.test(key)) values[key] = value.slice(0, 10_000);
  }
  return values;
}

export async function runFormAction(formData: FormData, run: (actor: Actor, input: Record<string, string>) => Promise<unknown>): Promise<FormState> {
  const values = formValues(formData);
  const input: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === 'string' && !key.startsWith('$')) input[key] = value;
  try {
    const actor = await getActor();
    if (!actor) return { ok: false, message: 'Your session has ended. Sign in again.', values };
    await run(actor, input);
    return { ok: true };
  } catch (e) {
    if (e instanceof DomainError) {
      return { ok: false, message: e.message, fieldErrors: e.fieldErrors, values };
    }
    if (isDatabaseUnavailable(e)) {
      console.error(`form action: database unavailable (${(e as Error)?.message ?? e})`);
      return { ok: false, message: 'The database cannot be reached right now (it may be restarting). Try again in a few seconds.', values };
    }
    console.error('form action failed', e);
    return { ok: false, message: 'Something went wrong on our side; nothing was saved. Try again.', values };
  }
}
