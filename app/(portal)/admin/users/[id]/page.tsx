import { requireAdminPage } from '@/app/_server/admin-guard';
import { loadOr404 } from '@/app/_server/page-data';
import { getUserForEdit, listOrganisation } from '@/lib/users/list-users';
import { updateUserAction } from '../actions';
import { UserForm } from '../user-form';
import { ActiveToggle, ResetPasswordForm } from './account-forms';

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAdminPage();
  const id = Number((await params).id);
  const user = await loadOr404(Number.isSafeInteger(id) && id > 0 ? getUserForEdit(actor, id) : Promise.resolve(null));
  const org = await listOrganisation(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">
        {user.name} {user.active ? null : <span className="text-base font-normal text-red-700">(deactivated)</span>}
      </h1>
      <UserForm action={updateUserAction} org={org} user={user} />
      <ResetPasswordForm userId={user.id} />
      {user.id !== actor.id ? <ActiveToggle userId={user.id} active={user.active} /> : null}
    </div>
  );
}
