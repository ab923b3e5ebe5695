import Link from 'next/link';
import { requireAdminPage } from '@/app/_server/admin-guard';
import { loadOr404 } from '@/app/_server/page-data';
import { getDepartment } from '@/lib/org/get-department';
import { listMemberCandidates } from '@/lib/org/list-member-candidates';
import { setDepartmentArchivedAction } from '../actions';
import { DepartmentNameForm } from '../department-name-form';
import { ArchiveToggle } from './archive-toggle';
import { MembersSection } from './members-section';
import { TeamsSection } from './teams-section';

export default async function DepartmentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAdminPage();
  const department = await loadOr404(getDepartment(actor, Number((await params).id)));
  const candidates = department.archivedAt ? [] : await listMemberCandidates(actor, department.id);
  const activeUsers = department.members.filter((m) => m.active).length;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/admin/departments" className="text-brand-700 underline">
          Departments and teams
        </Link>
      </p>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold break-words">
          {department.name} {department.archivedAt ? <span className="text-base font-normal text-red-700">(archived)</span> : null}
        </h1>
        <p className="text-sm text-slate-700">
          {activeUsers} active {activeUsers === 1 ? 'user' : 'users'} · {department.sites.length} {department.sites.length === 1 ? 'site' : 'sites'}
          {department.sites.map((s, i) => (
            <span key={s.id}>
              {i === 0 ? ': ' : ', '}
              <Link href={`/admin/locations/${s.id}`} className="text-brand-700 underline">
                {s.code}
              </Link>
            </span>
          ))}
        </p>
      </div>
      <DepartmentNameForm department={department} />
      <div className="card max-w-xl space-y-3">
        <h2 className="font-semibold">{department.archivedAt ? 'Archived' : 'Archive'}</h2>
        <p className="text-sm text-slate-700">
          {department.archivedAt
            ? 'An archived department is not offered for users or sites. Bring it back to add teams and members again.'
            : 'An archived department is no longer offered for users or sites. Only a department without active users and without sites can be archived.'}
        </p>
        <ArchiveToggle action={setDepartmentArchivedAction} id={department.id} archived={department.archivedAt !== null} what={`department ${department.name}`} />
      </div>
      <TeamsSection department={department} />
      <MembersSection department={department} candidates={candidates} />
    </div>
  );
}
