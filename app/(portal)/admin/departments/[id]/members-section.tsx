// The members of a department: their role and team, moving them between the
// department's teams, lead roles, and adding users from other departments.
import Link from 'next/link';
import type { DepartmentDetail } from '@/lib/org/get-department';
import { ROLE_LABELS } from '@/lib/roles/roles';
import { AddMemberForm, MemberRoleForm, MemberTeamForm, type LeadRoleChoice } from './member-forms';

type Member = DepartmentDetail['members'][number];
type CandidateGroup = { department: string; members: { id: number; name: string; email: string }[] };

/** The role buttons a member's row offers; an Admin's role is changed on the user's own page. */
function roleChoices(member: Member, openTeamIds: Set<number>): LeadRoleChoice[] {
  if (member.role === 'ADMIN') return [];
  if (!member.active) return member.role === 'MEMBER' ? [] : ['MEMBER'];
  const all: LeadRoleChoice[] = ['TEAM_LEAD', 'DEPARTMENT_LEAD', 'MEMBER'];
  return all.filter((r) => r !== member.role && (r !== 'TEAM_LEAD' || (member.teamId !== null && openTeamIds.has(member.teamId))));
}

export function MembersSection({ department, candidates }: { department: DepartmentDetail; candidates: CandidateGroup[] }) {
  const teams = department.teams.filter((t) => !t.archivedAt).map(({ id, name }) => ({ id, name }));
  const openTeamIds = new Set(teams.map((t) => t.id));
  const editable = !department.archivedAt;
  return (
    <section aria-labelledby="members-heading" className="space-y-3">
      <h2 id="members-heading" className="text-xl font-semibold">
        Members
      </h2>
      {department.members.length ? (
        <ul className="card divide-y divide-slate-100 p-0">
          {department.members.map((m) => {
            const choices = editable ? roleChoices(m, openTeamIds) : [];
            return (
              <li key={m.id} className="space-y-2 px-4 py-3">
                <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                  <div className="min-w-0">
                    <Link href={`/admin/users/${m.id}`} className="font-medium text-brand-700 underline break-words">
                      {m.name}
                    </Link>
                    <span className="block text-xs break-all text-slate-600">{m.email}</span>
                  </div>
                  <p className="text-sm">
                    {ROLE_LABELS[m.role]} · {m.teamName ?? 'No team'}
                    {m.active ? null : <span className="text-red-700"> · Deactivated</span>}
                  </p>
                </div>
                {editable ? <MemberTeamForm departmentId={department.id} member={m} teams={teams} /> : null}
                {choices.length ? <MemberRoleForm departmentId={department.id} member={m} choices={choices} /> : null}
                {m.role === 'ADMIN' ? <p className="text-xs text-slate-600">Admins keep the Admin role here; change it on the user&apos;s page.</p> : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">Nobody is in this department.</p>
      )}
      {editable ? <AddMemberForm departmentId={department.id} candidates={candidates} teams={teams} /> : null}
    </section>
  );
}
