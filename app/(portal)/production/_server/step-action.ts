// The server half of the production screens' two-step forms (_lib/confirm-step.ts):
// Back echoes the fields; the first submit checks the fields against the
// operation's own schema and answers a confirmation with a fresh idempotency
// key; Confirm runs the one domain operation through runFormAction.
import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { formValues, runFormAction } from '@/app/_server/form-action';
import { getActor } from '@/app/_server/session';
import { DomainError } from '@/lib/errors';
import { can, FORBIDDEN_MESSAGE, type Actor } from '@/lib/roles/actor';
import type { Permission } from '@/lib/roles/permissions';
import { parseInput } from '@/lib/validation';
import { fieldLevelErrors, stepOf, withoutStepFields, type StepState } from '../_lib/confirm-step';

export interface StepSpec<Result, Done> {
  /** Checked before the confirmation so nobody confirms what they may not do (the operation checks again). */
  permissions: Permission[];
  /** The operation's input schema: a form that cannot pass gets its errors before the confirmation. */
  schema: z.ZodType;
  /** The operation's input from the form. */
  input: (formData: FormData) => Record<string, unknown>;
  run: (actor: Actor, input: Record<string, unknown>) => Promise<Result>;
  /** What the page says, and keeps, once it is done. */
  done: (result: Result) => { message: string; done?: Done };
  /** The fields as the confirmation shows and re-sends them (default: as typed). */
  values?: (formData: FormData) => Record<string, string>;
}

export async function stepAction<Result, Done = undefined>(formData: FormData, spec: StepSpec<Result, Done>): Promise<StepState<Done>> {
  const values = spec.values?.(formData) ?? withoutStepFields(formValues(formData));
  const step = stepOf(formData);
  if (step === 'back') return { values };
  if (step === 'review') {
    const actor = await getActor();
    if (!actor) return { ok: false, message: 'Your session has ended. Sign in again.', values };
    if (!spec.permissions.every((p) => can(actor, p))) return { ok: false, message: FORBIDDEN_MESSAGE, values };
    try {
      parseInput(spec.schema, spec.input(formData));
    } catch (e) {
      if (e instanceof DomainError) return { ok: false, message: e.message, fieldErrors: fieldLevelErrors(e.fieldErrors), values };
      throw e;
    }
    return { review: { key: randomUUID() }, values };
  }
  let result: Result | undefined;
  const answer = await runFormAction(formData, async (actor) => {
    result = await spec.run(actor, { ...spec.input(formData), idempotencyKey: String(formData.get('key') ?? '') || undefined });
  });
  if (!answer.ok || result === undefined) return { ...answer, fieldErrors: fieldLevelErrors(answer.fieldErrors), values };
  revalidatePath('/production', 'layout');
  return { ok: true, ...spec.done(result) };
}
