'use server';
// Department and team actions: parse, call one domain operation, revalidate.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runFormAction, type FormState } from '@/app/_server/form-action';
import { assignMember } from '@/lib/org/assign-member';
import { createDepartment } from '@/lib/org/create-department';
import { createTeam } from '@/lib/org/create-team';
import type { Placement } from '@/lib/org/placement';
import { renameDepartment } from '@/lib/org/rename-department';
import { renameTeam } from '@/lib/org/rename-team';
import { setDepartmentArchived } from '@/lib/org/set-department-archived';
import { setLeadRole } from '@/lib/org/set-lead-role';
import { setTeamArchived } from '@/lib/org/set-team-archived';
import { ROLE_LABELS } from '@/lib/roles/roles';

function refresh() {
  revalidatePath('/admin/departments', 'layout');
  revalidatePath('/admin/users', 'layout');
}

const done = (message: string) => (result: FormState): FormState => {
  if (!result.ok) return result;
  refresh();
  return { ok: true, message };
};

/** Says so when a move also changed the user's role (a lead moved away from what they led). */
const roleNote = (moved: { before: Placement; after: Placement } | null) =>
  moved && moved.before.role !== moved.after.role ? ` Their role changed from ${ROLE_LABELS[moved.before.role]} to ${ROLE_LABELS[moved.after.role]}.` : '';

export async function createDepartmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let id = 0;
  const result = await runFormAction(formData, async (actor, input) => {
    id = (await createDepartment(actor, input)).id;
  });
  if (!result.ok) return result;
  refresh();
  redirect(`/admin/departments/${id}`);
}

export async function renameDepartmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return done('Renamed.')(await runFormAction(formData, (actor, input) => renameDepartment(actor, input)));
}

export async function setDepartmentArchivedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const archived = formData.get('archived') === 'true';
  return done(archived ? 'Department archived.' : 'Department brought back.')(await runFormAction(formData, (actor, input) => setDepartmentArchived(actor, input)));
}

export async function createTeamAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return done('Team created.')(await runFormAction(formData, (actor, input) => createTeam(actor, input)));
}

export async function renameTeamAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return done('Renamed.')(await runFormAction(formData, (actor, input) => renameTeam(actor, input)));
}

export async function setTeamArchivedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const archived = formData.get('archived') === 'true';
  return done(archived ? 'Team archived.' : 'Team brought back.')(await runFormAction(formData, (actor, input) => setTeamArchived(actor, input)));
}

export async function assignMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let moved: { before: Placement; after: Placement } | null = null;
  const result = await runFormAction(formData, async (actor, input) => {
    moved = await assignMember(actor, input);
  });
  return done(`Saved.${roleNote(moved)}`)(result);
}

export async function setLeadRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let moved: { before: Placement; after: Placement } | null = null;
  const result = await runFormAction(formData, async (actor, input) => {
    moved = await setLeadRole(actor, input);
  });
  return done(`Saved.${roleNote(moved)}`)(result);
}
