'use server';
// Settings action: parse, call one domain operation, revalidate.
import { revalidatePath } from 'next/cache';
import { runFormAction, type FormState } from '@/app/_server/form-action';
import { updateSettings } from '@/lib/settings/update-settings';

export async function updateSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(formData, (actor, input) => updateSettings(actor, input));
  if (result.ok) revalidatePath('/admin/settings');
  return result.ok ? { ok: true, message: 'Settings saved.' } : result;
}
