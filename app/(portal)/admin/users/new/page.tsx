import { requireAdminPage } from '@/app/_server/admin-guard';
import { listOrganisation } from '@/lib/users/list-users';
import { createUserAction } from '../actions';
import { UserForm } from '../user-form';

export default async function NewUserPage() {
  const actor = await requireAdminPage();
  const org = await listOrganisation(actor);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">New user</h1>
      <UserForm action={createUserAction} org={org} withPassword />
    </div>
  );
}
