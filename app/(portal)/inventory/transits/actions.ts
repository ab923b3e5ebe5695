'use server';
// Transit actions: parse, call one domain operation, translate the result.
import { revalidatePath } from 'next/cache';
import { runFormAction } from '@/app/_server/form-action';
import type { PostedEntry } from '@/lib/inventory/posting/types';
import { formatQuantity, fromDb, sumQty } from '@/lib/inventory/quantity';
import { closeTransit } from '@/lib/inventory/transit/close-transit';
import { receiveTransit } from '@/lib/inventory/transit/receive-transit';
import { shipToSite } from '@/lib/inventory/transit/ship-to-site';
import { movementInput } from '../_lib/movement-form-input';
import type { CloseState, ReceiveState, ShipState } from './_lib/transit-results';

/** The total of some entries, in the decimal places they are written with. */
function totalOf(entries: PostedEntry[]): string {
  if (!entries.length) return '0';
  const decimals = (entries[0].quantity.split('.')[1] ?? '').length;
  const total = sumQty(entries.map((e) => fromDb(e.quantity)));
  return formatQuantity(total < 0n ? -total : total, decimals);
}

export async function shipTransitAction(_prev: ShipState, formData: FormData): Promise<ShipState> {
  let shipped: Awaited<ReturnType<typeof shipToSite>> | undefined;
  // The same fields as a transfer (blank optional ones left out, the previewed availability kept), on a transit document.
  const result = await runFormAction(formData, async (actor, input) => {
    shipped = await shipToSite(actor, movementInput('transfer', input));
  });
  if (!result.ok || !shipped) return result;
  revalidatePath('/inventory', 'layout');
  return { ok: true, number: shipped.number, posted: { groupId: shipped.groupId, entries: shipped.entries, replayed: shipped.replayed } };
}

export async function receiveTransitAction(_prev: ReceiveState, formData: FormData): Promise<ReceiveState> {
  let answer: ReceiveState['received'];
  const result = await runFormAction(formData, async (actor, input) => {
    const received = await receiveTransit(actor, {
      number: input.number,
      quantity: input.quantity,
      location: input.location?.trim() || undefined,
      idempotencyKey: input.idempotencyKey || undefined,
    });
    const into = received.entries.filter((e) => e.entryType === 'TRANSFER_IN');
    answer = { quantity: totalOf(into), location: into[0]?.location ?? '', closed: received.closed, replayed: received.replayed };
  });
  if (!result.ok || !answer) return result;
  revalidatePath('/inventory', 'layout');
  return { ok: true, received: answer };
}

export async function closeTransitAction(_prev: CloseState, formData: FormData): Promise<CloseState> {
  let writtenOff: string | null = null;
  const result = await runFormAction(formData, async (actor, input) => {
    const closed = await closeTransit(actor, { number: input.number, reason: input.reason });
    writtenOff = closed.writtenOff ? totalOf(closed.writtenOff.entries) : null;
  });
  if (!result.ok) return result;
  revalidatePath('/inventory', 'layout');
  return { ok: true, writtenOff };
}
