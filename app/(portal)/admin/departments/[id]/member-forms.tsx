'use client';
import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { useFormKey } from '@/app/_components/use-form-key';
import type { FormState } from '@/app/_server/form-action';
import { assignMemberAction, setLeadRoleAction } from '../actions';

type TeamChoice = { id: number; name: string };
type CandidateGroup = { department: string; members: { id: number; name: string; email: string }[] };

function TeamOptions({ teams }: { teams: TeamChoice[] }) {
  return (
    <>
      <option value="">No team</option>
      {teams.map((t) => (
        <option key={t.id} value={t.id}>
          {t.name}
        </option>
      ))}
    </>
  );
}

function InlineMessage({ state }: { state: FormState }) {
  const text = state.message ?? Object.values(state.fieldErrors ?? {})[0];
  if (!text) return null;
  return (
    <p role={state.ok ? 'status' : 'alert'} className={`basis-full text-sm ${state.ok ? 'text-green-800' : 'text-red-700'}`}>
      {text}
    </p>
  );
}

/** Brings an active user of another department into this one (and a team). */
export function AddMemberForm({ departmentId, candidates, teams }: { departmentId: number; candidates: CandidateGroup[]; teams: TeamChoice[] }) {
  const [state, action] = useActionState(assignMemberAction, {});
  const formKey = useFormKey(state);
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  return (
    <form key={formKey} action={action} className="card max-w-xl space-y-3" noValidate>
      <h3 className="font-semibold">Add a user to this department</h3>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="departmentId" value={departmentId} />
      <Field id="add-user" label="User" error={e.userId} hint="Active users of other departments. Someone who leads elsewhere becomes a Member here.">
        <select id="add-user" name="userId" defaultValue={v.userId ?? ''} className="input" {...invalidProps('add-user', e.userId)}>
          <option value="">Choose…</option>
          {candidates.map((g) => (
            <optgroup key={g.department} label={g.department}>
              {g.members.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} ({u.email})
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Field>
      <Field id="add-team" label="Team" error={e.teamId}>
        <select id="add-team" name="teamId" defaultValue={v.teamId ?? ''} className="input" {...invalidProps('add-team', e.teamId)}>
          <TeamOptions teams={teams} />
        </select>
      </Field>
      <SubmitButton>Add to department</SubmitButton>
    </form>
  );
}

/** Moves a member to another team of this department, or to none. */
export function MemberTeamForm({ departmentId, member, teams }: { departmentId: number; member: { id: number; name: string; teamId: number | null }; teams: TeamChoice[] }) {
  const [state, action] = useActionState(assignMemberAction, {});
  const formKey = useFormKey(state);
  const id = `member-${member.id}-team`;
  const value = state.ok ? undefined : state.values?.teamId;
  return (
    <form key={formKey} action={action} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="userId" value={member.id} />
      <input type="hidden" name="departmentId" value={departmentId} />
      <div className="min-w-0 flex-1 basis-40 space-y-1">
        <label htmlFor={id} className="block text-xs font-medium text-slate-700">
          Team<span className="sr-only"> of {member.name}</span>
        </label>
        <select id={id} name="teamId" defaultValue={value ?? (member.teamId === null ? '' : String(member.teamId))} className="input" {...invalidProps(id, state.fieldErrors?.teamId)}>
          <TeamOptions teams={teams} />
        </select>
      </div>
      <SubmitButton className="btn-secondary">
        Move<span className="sr-only"> {member.name}</span>
      </SubmitButton>
      <InlineMessage state={state} />
    </form>
  );
}

const ROLE_BUTTONS = { DEPARTMENT_LEAD: 'Make department lead', TEAM_LEAD: 'Make team lead', MEMBER: 'Make member' } as const;
export type LeadRoleChoice = keyof typeof ROLE_BUTTONS;

function RoleButton({ role, memberName }: { role: LeadRoleChoice; memberName: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name="role" value={role} className="btn-secondary" disabled={pending} aria-disabled={pending}>
      {ROLE_BUTTONS[role]}
      <span className="sr-only"> ({memberName})</span>
    </button>
  );
}

/**
 * A member's role buttons: lead of this department, lead of their team, or a
 * Member again. One form for all of them, so its answer stays on screen when
 * the buttons change with the new role.
 */
export function MemberRoleForm({ departmentId, member, choices }: { departmentId: number; member: { id: number; name: string; teamId: number | null }; choices: LeadRoleChoice[] }) {
  const [state, action] = useActionState(setLeadRoleAction, {});
  return (
    <form action={action} className="flex flex-wrap gap-2">
      <input type="hidden" name="userId" value={member.id} />
      <input type="hidden" name="departmentId" value={departmentId} />
      {member.teamId !== null ? <input type="hidden" name="teamId" value={member.teamId} /> : null}
      {choices.map((role) => (
        <RoleButton key={role} role={role} memberName={member.name} />
      ))}
      <InlineMessage state={state} />
    </form>
  );
}
