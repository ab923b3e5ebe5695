import Link from 'next/link';
import { requireAdminPage } from '@/app/_server/admin-guard';
import { ROLE_LABELS } from '@/lib/roles/roles';
import { listUsers } from '@/lib/users/list-users';

export default async function UsersPage() {
  const actor = await requireAdminPage();
  const users = await listUsers(actor);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Users</h1>
        <Link href="/admin/users/new" className="btn-primary">
          New user
        </Link>
      </div>
      <div className="card overflow-x-auto p-0">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">E-mail</th>
              <th scope="col">Role</th>
              <th scope="col">Department / team</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  <Link className="text-brand-700 underline" href={`/admin/users/${u.id}`}>
                    {u.name}
                  </Link>
                </td>
                <td>{u.email}</td>
                <td>{ROLE_LABELS[u.role]}</td>
                <td>
                  {u.department.name}
                  {u.team ? ` / ${u.team.name}` : ''}
                </td>
                <td>{u.active ? 'Active' : <span className="text-red-700">Deactivated</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
