'use server';
// Profile actions: the user's own API tokens. Parse, call one domain operation, revalidate.
import { revalidatePath } from 'next/cache';
import { createOwnToken } from '@/lib/api-tokens/create-own-token';
import type { IssuedToken } from '@/lib/api-tokens/insert-token';
import { revokeOwnToken } from '@/lib/api-tokens/revoke-own-token';
import { runFormAction, type FormState } from '@/app/_server/form-action';

export type CreateTokenState = FormState & { token?: string; tokenName?: string };

export async function createOwnTokenAction(_prev: CreateTokenState, formData: FormData): Promise<CreateTokenState> {
  const out: { issued?: IssuedToken } = {};
  const result = await runFormAction(formData, async (actor, input) => {
    out.issued = await createOwnToken(actor, input);
  });
  if (!result.ok || !out.issued) return result;
  revalidatePath('/profile');
  // The only time the raw token leaves the server: it is not stored anywhere.
  return { ok: true, message: `Token “${out.issued.name}” created.`, token: out.issued.token, tokenName: out.issued.name };
}

export async function revokeOwnTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(formData, (actor, input) => revokeOwnToken(actor, input));
  if (result.ok) revalidatePath('/profile');
  return result.ok ? { ok: true, message: 'Token revoked.' } : result;
}
