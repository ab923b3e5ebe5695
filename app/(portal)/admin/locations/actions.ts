'use server';
// Location actions: parse, call one domain operation, revalidate.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runFormAction, type FormState } from '@/app/_server/form-action';
import { createSite } from '@/lib/locations/create-site';
import { createStorageUnit } from '@/lib/locations/create-storage-unit';
import { setSiteAllowNegative } from '@/lib/locations/set-site-allow-negative';
import { updateLocation } from '@/lib/locations/update-location';

export async function createSiteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let code = '';
  const result = await runFormAction(formData, async (actor, input) => {
    code = (await createSite(actor, input)).code;
  });
  if (!result.ok) return result;
  revalidatePath('/admin/locations', 'layout');
  redirect(`/admin/locations?created=${encodeURIComponent(code)}`);
}

export async function createStorageUnitAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let code = '';
  const result = await runFormAction(formData, async (actor, input) => {
    code = (await createStorageUnit(actor, input)).code;
  });
  if (!result.ok) return result;
  revalidatePath('/admin/locations', 'layout');
  redirect(`/admin/locations?created=${encodeURIComponent(code)}`);
}

export async function updateLocationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(formData, (actor, input) => updateLocation(actor, input));
  if (!result.ok) return result;
  revalidatePath('/admin/locations', 'layout');
  return { ok: true, message: 'Saved.' };
}

export async function setSiteAllowNegativeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(formData, (actor, input) => setSiteAllowNegative(actor, input));
  if (!result.ok) return result;
  revalidatePath('/admin/locations', 'layout');
  return { ok: true, message: formData.get('allowNegative') === 'true' ? 'Negative stock is now allowed at this site.' : 'Negative stock is now refused at this site.' };
}
