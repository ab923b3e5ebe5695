'use server';
// Item catalogue actions: parse, call one domain operation, revalidate.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runFormAction, type FormState } from '@/app/_server/form-action';
import { createItem } from '@/lib/catalog/create-item';
import { updateItem } from '@/lib/catalog/update-item';

export async function createItemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let sku = '';
  const result = await runFormAction(formData, async (actor, input) => {
    sku = (await createItem(actor, input)).sku;
  });
  if (!result.ok) return result;
  revalidatePath('/admin/items');
  redirect(`/admin/items?q=${encodeURIComponent(sku)}&status=all&created=${encodeURIComponent(sku)}`);
}

export async function updateItemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(formData, (actor, input) => updateItem(actor, input));
  if (!result.ok) return result;
  revalidatePath('/admin/items', 'layout');
  return { ok: true, message: 'Saved.' };
}
