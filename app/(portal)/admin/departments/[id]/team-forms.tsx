'use client';
import { useActionState } from 'react';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { useFormKey } from '@/app/_components/use-form-key';
import { createTeamAction, renameTeamAction } from '../actions';

export function NewTeamForm({ departmentId }: { departmentId: number }) {
  const [state, action] = useActionState(createTeamAction, {});
  const formKey = useFormKey(state);
  // A created team empties the form; a refused one keeps what was typed.
  const name = state.ok ? '' : (state.values?.name ?? '');
  const error = state.fieldErrors?.name;
  return (
    <form key={formKey} action={action} className="card max-w-xl space-y-3" noValidate>
      <h3 className="font-semibold">New team</h3>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="departmentId" value={departmentId} />
      <Field id="new-team-name" label="Team name" error={error} hint="Up to 80 characters; unique within this department.">
        <input id="new-team-name" name="name" defaultValue={name} autoComplete="off" className="input" {...invalidProps('new-team-name', error)} />
      </Field>
      <SubmitButton>Create team</SubmitButton>
    </form>
  );
}

export function RenameTeamForm({ team }: { team: { id: number; name: string } }) {
  const [state, action] = useActionState(renameTeamAction, {});
  const formKey = useFormKey(state);
  const id = `team-${team.id}-name`;
  const error = state.fieldErrors?.name;
  return (
    <form key={formKey} action={action} className="flex flex-wrap items-start gap-2" noValidate>
      <input type="hidden" name="id" value={team.id} />
      <div className="min-w-0 flex-1 basis-48 space-y-1">
        <label htmlFor={id} className="sr-only">
          Name of team {team.name}
        </label>
        <input id={id} name="name" defaultValue={state.ok ? team.name : (state.values?.name ?? team.name)} autoComplete="off" className="input" {...invalidProps(id, error)} />
        {error ? (
          <p id={`${id}-error`} className="text-sm text-red-700">
            {error}
          </p>
        ) : null}
        {state.message && !error ? (
          <p role={state.ok ? 'status' : 'alert'} className={`text-sm ${state.ok ? 'text-green-800' : 'text-red-700'}`}>
            {state.message}
          </p>
        ) : null}
      </div>
      <SubmitButton className="btn-secondary">
        Rename<span className="sr-only"> team {team.name}</span>
      </SubmitButton>
    </form>
  );
}
