'use server';
// Product stage editor: parse the rows, call setProductStages, translate.
import { revalidatePath } from 'next/cache';
import { runFormAction, type FormState } from '@/app/_server/form-action';
import { setProductStages } from '@/lib/serials/product-stages';
import { stageRowsOf } from './stage-rows';

export async function setProductStagesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(formData, (actor, input) => setProductStages(actor, { sku: input.sku, serialPattern: input.serialPattern, stages: stageRowsOf(input) }));
  if (!result.ok) return result;
  revalidatePath('/admin/products', 'layout');
  revalidatePath('/production', 'layout');
  return { ok: true, message: 'Saved.' };
}
