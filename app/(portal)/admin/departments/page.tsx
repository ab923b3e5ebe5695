import Link from 'next/link';
import { requireAdminPage } from '@/app/_server/admin-guard';
import { listDepartments, type DepartmentSummary } from '@/lib/org/list-departments';

const names = (people: { name: string }[]) => (people.length ? people.map((p) => p.name).join(', ') : '—');

function DepartmentCard({ department: d }: { department: DepartmentSummary }) {
  const teams = d.teams.filter((t) => !t.archivedAt);
  const archivedTeams = d.teams.length - teams.length;
  return (
    <li className="card space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 className="text-lg font-semibold break-words">
          <Link href={`/admin/departments/${d.id}`} className="text-brand-700 underline">
            {d.name}
          </Link>
        </h3>
        <p className="text-sm text-slate-700">
          {d.activeUsers} active {d.activeUsers === 1 ? 'user' : 'users'} · {d.sites} {d.sites === 1 ? 'site' : 'sites'}
        </p>
      </div>
      <p className="text-sm">
        <span className="font-medium">Department leads:</span> {names(d.leads)}
      </p>
      {teams.length ? (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 text-sm">
          {teams.map((t) => (
            <li key={t.id} className="flex flex-wrap justify-between gap-x-4 gap-y-1 px-3 py-2">
              <span className="font-medium break-words">{t.name}</span>
              <span className="text-slate-700">
                {t.activeUsers} active · lead: {names(t.leads)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">No teams.</p>
      )}
      {archivedTeams ? <p className="text-xs text-slate-600">{archivedTeams === 1 ? '1 archived team' : `${archivedTeams} archived teams`}</p> : null}
    </li>
  );
}

export default async function DepartmentsPage() {
  const actor = await requireAdminPage();
  const { active, archived } = await listDepartments(actor);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/admin" className="text-brand-700 underline">
          Administration
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Departments and teams</h1>
        <Link href="/admin/departments/new" className="btn-primary">
          New department
        </Link>
      </div>
      <section aria-labelledby="active-heading" className="space-y-3">
        <h2 id="active-heading" className="sr-only">
          Departments
        </h2>
        {active.length ? (
          <ul className="space-y-3">
            {active.map((d) => (
              <DepartmentCard key={d.id} department={d} />
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">No departments yet.</p>
        )}
      </section>
      {archived.length ? (
        <section aria-labelledby="archived-heading" className="space-y-3">
          <h2 id="archived-heading" className="text-xl font-semibold">
            Archived departments
          </h2>
          <ul className="card divide-y divide-slate-100 p-0 text-sm">
            {archived.map((d) => (
              <li key={d.id} className="px-4 py-2">
                <Link href={`/admin/departments/${d.id}`} className="text-brand-700 underline break-words">
                  {d.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
