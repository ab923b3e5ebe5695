import Link from 'next/link';
import { requireAdminPage } from '@/app/_server/admin-guard';
import { DepartmentNameForm } from '../department-name-form';

export default async function NewDepartmentPage() {
  await requireAdminPage();
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/departments" className="text-brand-700 underline">
          Departments and teams
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">New department</h1>
      <DepartmentNameForm />
    </div>
  );
}
