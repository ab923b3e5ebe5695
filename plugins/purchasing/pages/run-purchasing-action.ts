// Server side only: a purchasing form action. Without the permission (a role
// that lacks it, or the plugin switched off) the action is "not found" like the
// plugin's pages; the domain operation still checks it itself.
import { notFound } from 'next/navigation';
import { runFormAction, type FormState } from '@/app/_server/form-action';
import { getActor } from '@/app/_server/session';
import type { Actor } from '@/lib/roles/actor';

export async function runPurchasingAction(
  formData: FormData,
  permission: 'purchasing.view' | 'purchasing.manage' | 'purchasing.receive',
  run: (actor: Actor, input: Record<string, string>) => Promise<unknown>,
): Promise<FormState> {
  const actor = await getActor();
  if (actor && !actor.permissions.has(permission)) notFound();
  return runFormAction(formData, run);
}
