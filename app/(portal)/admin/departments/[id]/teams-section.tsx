// The teams of a department: rename and archive each; archived ones apart.
import type { DepartmentDetail } from '@/lib/org/get-department';
import { setTeamArchivedAction } from '../actions';
import { ArchiveToggle } from './archive-toggle';
import { NewTeamForm, RenameTeamForm } from './team-forms';

export function TeamsSection({ department }: { department: DepartmentDetail }) {
  const open = department.teams.filter((t) => !t.archivedAt);
  const archived = department.teams.filter((t) => t.archivedAt);
  return (
    <section aria-labelledby="teams-heading" className="space-y-3">
      <h2 id="teams-heading" className="text-xl font-semibold">
        Teams
      </h2>
      {open.length ? (
        <ul className="card divide-y divide-slate-100 p-0">
          {open.map((t) => (
            <li key={t.id} className="space-y-2 px-4 py-3">
              <RenameTeamForm team={t} />
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className="text-sm text-slate-700">
                  {t.activeUsers} active {t.activeUsers === 1 ? 'user' : 'users'}
                </p>
                <ArchiveToggle action={setTeamArchivedAction} id={t.id} archived={false} what={`team ${t.name}`} />
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">No teams.</p>
      )}
      {department.archivedAt ? null : <NewTeamForm departmentId={department.id} />}
      {archived.length ? (
        <div className="space-y-2">
          <h3 className="font-semibold">Archived teams</h3>
          <ul className="card divide-y divide-slate-100 p-0">
            {archived.map((t) => (
              <li key={t.id} className="flex flex-wrap items-start justify-between gap-2 px-4 py-3">
                <span className="min-w-0 break-words">{t.name}</span>
                {department.archivedAt ? null : <ArchiveToggle action={setTeamArchivedAction} id={t.id} archived what={`team ${t.name}`} />}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
