'use server';
// Plugin switch action: parse, call one domain operation, revalidate.
import { revalidatePath } from 'next/cache';
import { runFormAction, type FormState } from '@/app/_server/form-action';
import { setPluginEnabled } from '@/lib/plugins';

export async function setPluginEnabledAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const enabled = formData.get('enabled') === 'true';
  const result = await runFormAction(formData, (actor, input) => setPluginEnabled(actor, input.pluginId ?? '', enabled));
  if (!result.ok) return result;
  // Navigation and permissions follow the switch on the next request.
  revalidatePath('/', 'layout');
  return { ok: true, message: enabled ? 'Plugin enabled.' : 'Plugin disabled.' };
}
