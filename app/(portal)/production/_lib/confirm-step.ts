// The two-step forms of the production screens: the first submit answers a
// confirmation ("You are about to ..."), Confirm posts, Back returns to the
// fields as typed. The step travels in the form, so the server decides and the
// flow also works before the page's script has loaded.
import type { FormState } from '@/app/_server/form-action';

export type Step = 'review' | 'confirm' | 'back';

/** Back wins over a confirm (the review form carries step=confirm; its Back button adds back=1). */
export function stepOf(formData: FormData): Step {
  if (formData.get('back') !== null) return 'back';
  return formData.get('step') === 'confirm' ? 'confirm' : 'review';
}

export interface StepState<Done = unknown> extends FormState {
  /** Set after a good first submit: show the confirmation; `key` makes a resent Confirm apply once. */
  review?: { key: string };
  /** What the operation did, once confirmed. */
  done?: Done;
}

/** What a form sends besides its fields: not echoed back as values. */
export const STEP_FIELDS = ['step', 'back', 'key'] as const;

export function withoutStepFields(values: Record<string, string>): Record<string, string> {
  const out = { ...values };
  for (const f of STEP_FIELDS) delete out[f];
  return out;
}

/** Errors of list fields ("serials.3") shown next to the field itself ("serials"). */
export function fieldLevelErrors(errors: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!errors) return errors;
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) out[key.split('.')[0]] ??= message;
  return out;
}
