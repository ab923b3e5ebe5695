'use server';
// Count actions: parse the form, call one domain operation, translate the result.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runFormAction, type FormState } from '@/app/_server/form-action';
import { addCountLine } from '@/lib/inventory/counts/add-count-line';
import { createCount } from '@/lib/inventory/counts/create-count';
import { discardCount } from '@/lib/inventory/counts/discard-count';
import { postCount } from '@/lib/inventory/counts/post-count';
import { recordCount, type RecordedCount } from '@/lib/inventory/counts/record-count';
import type { RecordState } from './_lib/count-results';
import { countHref } from './_lib/count-links';

export async function createCountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let id: number | undefined;
  const result = await runFormAction(formData, async (actor, input) => {
    id = (await createCount(actor, input)).id;
  });
  if (!result.ok || !id) return result;
  revalidatePath('/inventory/counts');
  redirect(countHref(id));
}

/** One line at a time, so a phone that loses its connection loses at most the line being saved. */
export async function recordCountAction(_prev: RecordState, formData: FormData): Promise<RecordState> {
  let saved: RecordedCount | undefined;
  const result = await runFormAction(formData, async (actor, input) => {
    saved = await recordCount(actor, input);
  });
  if (!result.ok || !saved) return result;
  return { ok: true, saved: { counted: saved.counted, countedAt: saved.countedAt.toISOString() } };
}

export async function addCountLineAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(formData, (actor, input) => addCountLine(actor, input));
  if (!result.ok) return result;
  revalidatePath('/inventory/counts', 'layout');
  return { ok: true, message: 'Line added: enter what you counted below.' };
}

export async function postCountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let id: number | undefined;
  const result = await runFormAction(formData, async (actor, input) => {
    id = (await postCount(actor, input)).id;
  });
  if (!result.ok || !id) return result;
  revalidatePath('/inventory', 'layout');
  redirect(countHref(id));
}

export async function discardCountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let id: number | undefined;
  const result = await runFormAction(formData, async (actor, input) => {
    id = (await discardCount(actor, input)).id;
  });
  if (!result.ok || !id) return result;
  revalidatePath('/inventory/counts', 'layout');
  redirect(countHref(id));
}
