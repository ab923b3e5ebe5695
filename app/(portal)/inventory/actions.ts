'use server';
// Inventory actions: parse, call one domain operation, translate the result.
import { revalidatePath } from 'next/cache';
import { runFormAction, type FormState } from '@/app/_server/form-action';
import { getActor } from '@/app/_server/session';
import { DomainError } from '@/lib/errors';
import { adjustStock } from '@/lib/inventory/movements/adjust-stock';
import { changeStatus } from '@/lib/inventory/movements/change-status';
import { consumeStock, shipStock } from '@/lib/inventory/movements/issue-stock';
import { receiveStock } from '@/lib/inventory/movements/receive-stock';
import { reversePosting } from '@/lib/inventory/movements/reverse-posting';
import { setQuantity } from '@/lib/inventory/movements/set-quantity';
import { transferStock } from '@/lib/inventory/movements/transfer-stock';
import type { PostingResult } from '@/lib/inventory/posting/types';
import { previewPick } from '@/lib/inventory/preview-pick';
import type { Actor } from '@/lib/roles/actor';
import type { MoveState, PreviewResult } from './_lib/action-results';
import { isMoveKind, type MoveKind } from './_lib/move-kinds';
import { formFieldErrors, movementInput } from './_lib/movement-form-input';

const POST: Record<MoveKind, (actor: Actor, input: unknown) => Promise<PostingResult>> = {
  receive: receiveStock,
  transfer: transferStock,
  adjust: adjustStock,
  'set-quantity': setQuantity,
  consume: consumeStock,
  ship: shipStock,
  status: changeStatus,
};

export async function postMovementAction(_prev: MoveState, formData: FormData): Promise<MoveState> {
  const kind = String(formData.get('kind') ?? '');
  if (!isMoveKind(kind)) return { ok: false, message: 'This kind of movement does not exist.' };
  let posted: PostingResult | undefined;
  const result = await runFormAction(formData, async (actor, input) => {
    posted = await POST[kind](actor, movementInput(kind, input));
  });
  if (!result.ok || !posted) return { ...result, fieldErrors: formFieldErrors(result.fieldErrors) };
  revalidatePath('/inventory', 'layout');
  return { ok: true, posted: { groupId: posted.groupId, entries: posted.entries, replayed: posted.replayed } };
}

/** Called as the person types: what is available and which lots FIFO would take. Reads only. */
export async function previewPickAction(input: { sku?: unknown; location?: unknown; quantity?: unknown; status?: unknown }): Promise<PreviewResult> {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  try {
    const actor = await getActor();
    if (!actor) return { ok: false, message: 'Your session has ended. Sign in again.' };
    const quantity = text(input?.quantity).trim();
    return { ok: true, preview: await previewPick(actor, { sku: text(input?.sku), location: text(input?.location), quantity: quantity || undefined, status: text(input?.status) || undefined }) };
  } catch (e) {
    if (e instanceof DomainError) return { ok: false, message: e.message };
    console.error('stock preview failed', e);
    return { ok: false, message: 'The stock preview is not available right now.' };
  }
}

export async function reverseMovementAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(formData, (actor, input) => reversePosting(actor, { groupId: input.groupId, reason: input.reason }));
  if (!result.ok) return result;
  revalidatePath('/inventory', 'layout');
  return { ok: true, message: 'Movement reversed.' };
}
