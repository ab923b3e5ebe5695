import Link from 'next/link';
import { requireAdminPage } from '@/app/_server/admin-guard';

export default async function AdminHome() {
  await requireAdminPage();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Administration</h1>
      <ul className="grid gap-3 sm:grid-cols-2">
        <li>
          <Link href="/admin/users" className="card block hover:border-brand-600">
            Users
          </Link>
        </li>
        <li>
          <Link href="/admin/api-tokens" className="card block hover:border-brand-600">
            API tokens
          </Link>
        </li>
      </ul>
    </div>
  );
}
