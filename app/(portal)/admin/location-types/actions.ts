'use server';
// Location type actions: parse, call one domain operation, revalidate.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runFormAction, type FormState } from '@/app/_server/form-action';
import { createLocationType } from '@/lib/locations/create-location-type';
import { updateLocationType } from '@/lib/locations/update-location-type';

export async function createLocationTypeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(formData, (actor, input) => createLocationType(actor, input));
  if (!result.ok) return result;
  revalidatePath('/admin/location-types');
  redirect('/admin/location-types');
}

export async function updateLocationTypeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(formData, (actor, input) => updateLocationType(actor, input));
  if (!result.ok) return result;
  // Grids show in the location tree and rack maps too.
  revalidatePath('/admin', 'layout');
  return { ok: true, message: 'Saved.' };
}
