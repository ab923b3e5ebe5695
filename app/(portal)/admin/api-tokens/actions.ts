'use server';
// Admin: revoke any user's API token.
import { revalidatePath } from 'next/cache';
import { revokeAnyToken } from '@/lib/api-tokens/revoke-any-token';
import { runFormAction, type FormState } from '@/app/_server/form-action';

export async function revokeAnyTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(formData, (actor, input) => revokeAnyToken(actor, input));
  if (result.ok) revalidatePath('/admin/api-tokens');
  return result.ok ? { ok: true, message: 'Token revoked.' } : result;
}
