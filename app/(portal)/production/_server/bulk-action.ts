// The product page's bulk actions: one domain call per selected serial, in the
// order ticked, each reported (done, or the domain's reason) so nothing is hidden.
import { revalidatePath } from 'next/cache';
import { getActor } from '@/app/_server/session';
import { DomainError } from '@/lib/errors';
import { can, FORBIDDEN_MESSAGE, type Actor } from '@/lib/roles/actor';
import type { Permission } from '@/lib/roles/permissions';
import type { FormState } from '@/app/_server/form-action';
import { bulkSummary, parseBulkSelection, type BulkOperation, type BulkOutcome } from '../_lib/serial-selection';

export interface BulkState extends FormState {
  op?: BulkOperation;
  outcomes?: BulkOutcome[];
}

export async function bulkAction(
  formData: FormData,
  op: BulkOperation,
  permission: Permission,
  run: (actor: Actor, serial: string, input: { location: string; idempotencyKey?: string }) => Promise<string>,
): Promise<BulkState> {
  const actor = await getActor();
  if (!actor) return { ok: false, message: 'Your session has ended. Sign in again.' };
  if (!can(actor, permission)) return { ok: false, message: FORBIDDEN_MESSAGE };
  const selection = parseBulkSelection(formData, op);
  if (!selection.ok) return { ok: false, message: selection.message, fieldErrors: selection.fieldErrors, values: { location: String(formData.get('location') ?? '') } };
  const key = String(formData.get('key') ?? '').slice(0, 80);
  const outcomes: BulkOutcome[] = [];
  for (const serial of selection.serials) {
    try {
      // One key per serial and operation: a resent bulk request applies each once.
      const message = await run(actor, serial, { location: selection.location, idempotencyKey: key ? `${key}:${op}:${serial}` : undefined });
      outcomes.push({ serial, ok: true, message });
    } catch (e) {
      if (e instanceof DomainError) outcomes.push({ serial, ok: false, message: e.message });
      else {
        console.error('bulk serial action failed', e);
        outcomes.push({ serial, ok: false, message: 'Something went wrong on our side; this serial was not changed.' });
      }
    }
  }
  if (outcomes.some((o) => o.ok)) revalidatePath('/production', 'layout');
  return { ok: outcomes.every((o) => o.ok), op, message: bulkSummary(op, outcomes), outcomes, values: { location: selection.location } };
}
