'use server';
// Admin: grant or revoke one permission for one role.
import { revalidatePath } from 'next/cache';
import { runFormAction, type FormState } from '@/app/_server/form-action';
import { setRolePermission } from '@/lib/roles/permission-matrix';

export async function setRolePermissionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(formData, (actor, input) => setRolePermission(actor, input));
  if (result.ok) revalidatePath('/admin/roles');
  return result;
}
