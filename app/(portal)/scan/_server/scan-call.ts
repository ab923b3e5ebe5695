// The scan screen's object-argument actions: actor from the session -> one
// domain call -> its result, or a refusal in the domain's own words.
// Unexpected errors are logged and answered with a generic message.
import { getActor } from '@/app/_server/session';
import { DomainError } from '@/lib/errors';
import type { Actor } from '@/lib/roles/actor';
import { SESSION_ENDED, type Refusal } from '../_lib/results';

export async function scanCall<T extends object>(run: (actor: Actor) => Promise<T>, unexpected: string): Promise<({ ok: true } & T) | Refusal> {
  try {
    const actor = await getActor();
    if (!actor) return { ok: false, message: SESSION_ENDED };
    return { ok: true, ...(await run(actor)) };
  } catch (e) {
    if (e instanceof DomainError) return { ok: false, message: e.message, fieldErrors: e.fieldErrors };
    console.error('scan action failed', e);
    return { ok: false, message: unexpected };
  }
}
