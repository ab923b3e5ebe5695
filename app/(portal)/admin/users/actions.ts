'use server';
// User administration actions: parse, call one domain operation, revalidate.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createUser } from '@/lib/users/create-user';
import { resetPassword } from '@/lib/users/reset-password';
import { setUserActive } from '@/lib/users/set-user-active';
import { updateUser } from '@/lib/users/update-user';
import { runFormAction, type FormState } from '@/app/_server/form-action';

export async function createUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(formData, (actor, input) => createUser(actor, input));
  if (!result.ok) return result;
  revalidatePath('/admin/users');
  redirect('/admin/users');
}

export async function updateUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(formData, (actor, input) => updateUser(actor, input));
  if (result.ok) revalidatePath('/admin/users');
  return result.ok ? { ok: true, message: 'Saved.' } : result;
}

export async function setUserActiveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(formData, (actor, input) => setUserActive(actor, input));
  if (result.ok) revalidatePath('/admin/users');
  return result.ok ? { ok: true, message: formData.get('active') === 'true' ? 'User reactivated.' : 'User deactivated; their sessions have ended.' } : result;
}

export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(formData, (actor, input) => resetPassword(actor, input));
  return result.ok ? { ok: true, message: 'Password changed; the user must sign in again.' } : result;
}
