'use client';
// The serial page's actions, each a two-step form: fields, "You are about to
// ...", Confirm. Which forms appear is decided by the page (permission and
// status); the domain decides again and its refusals show next to the field.
import { useState } from 'react';
import { Field, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import type { Choice } from '@/lib/inventory/queries/inventory-choices';
import { LocationList } from '@/app/(portal)/inventory/_components/posting-form';
import type { StageView } from '../_lib/stage-choices';
import { transitionSummary, type SerialAt } from '../_lib/summaries';
import { ReviewPanel, StepError, type StepForm } from './step-form';

/** The form's state lives in the actions panel, which outlives the form (see serial-actions.tsx). */
interface FormProps {
  at: SerialAt;
  f: StepForm;
}

const FIELD_GRID = 'grid gap-3 sm:grid-cols-2';
const WIDE = 'sm:col-span-2';

function NoteField({ id, value, error }: { id: string; value?: string; error?: string }) {
  return (
    <div className={WIDE}>
      <Field id={id} label="Note (optional)" error={error}>
        <input id={id} name="note" defaultValue={value} maxLength={500} className="input" autoComplete="off" {...invalidProps(id, error)} />
      </Field>
    </div>
  );
}

export function AdvanceForm({ at, f, reachable }: FormProps & { reachable: StageView[] }) {
  if (f.state.review) return <ReviewPanel state={f.state} formAction={f.formAction} summary={transitionSummary('advance', f.values, at)} note={f.values.note} />;
  return (
    <form key={f.formKey} action={f.formAction} noValidate className={FIELD_GRID}>
      <div className={WIDE}>
        <StepError state={f.state} />
      </div>
      <input type="hidden" name="serial" value={at.serial} />
      {reachable.length > 1 ? (
        <Field id="advance-toStage" label="To stage" error={f.errors.toStage} hint="Later stages can be reached only past optional ones.">
          <select id="advance-toStage" name="toStage" defaultValue={f.values.toStage ?? ''} className="input" {...invalidProps('advance-toStage', f.errors.toStage)}>
            <option value="">Next stage ({reachable[0].name})</option>
            {reachable.slice(1).map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
      ) : (
        <p className="text-sm text-slate-700 sm:self-end">
          Next stage: <strong>{reachable[0]?.name}</strong>
        </p>
      )}
      <NoteField id="advance-note" value={f.values.note} error={f.errors.note} />
      <div className={WIDE}>
        <SubmitButton className="btn-primary min-h-12">Advance</SubmitButton>
      </div>
    </form>
  );
}

export function ApproveForm({ at, f, locations }: FormProps & { locations: Choice[] }) {
  if (f.state.review) return <ReviewPanel state={f.state} formAction={f.formAction} summary={transitionSummary('approve', f.values, at)} note={f.values.note} />;
  return (
    <form key={f.formKey} action={f.formAction} noValidate className={FIELD_GRID}>
      <div className={WIDE}>
        <StepError state={f.state} />
      </div>
      <input type="hidden" name="serial" value={at.serial} />
      <Field id="approve-location" label="Storage unit" error={f.errors.location} hint="Where the approved unit is put into stock.">
        <input
          id="approve-location"
          name="location"
          list="approve-locations"
          defaultValue={f.values.location}
          className="input"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          {...invalidProps('approve-location', f.errors.location)}
        />
      </Field>
      <LocationList id="approve-locations" locations={locations} />
      <NoteField id="approve-note" value={f.values.note} error={f.errors.note} />
      <div className={WIDE}>
        <SubmitButton className="btn-primary min-h-12">Approve into stock</SubmitButton>
      </div>
    </form>
  );
}

export function DeliverForm({ at, f }: FormProps) {
  if (f.state.review) return <ReviewPanel state={f.state} formAction={f.formAction} summary={transitionSummary('deliver', f.values, at)} note={f.values.note} />;
  return (
    <form key={f.formKey} action={f.formAction} noValidate className={FIELD_GRID}>
      <div className={WIDE}>
        <StepError state={f.state} />
      </div>
      <input type="hidden" name="serial" value={at.serial} />
      <Field id="deliver-reference" label="Sales order or customer" error={f.errors.reference} hint="For example SO-1042 Acme Sensors.">
        <input id="deliver-reference" name="reference" defaultValue={f.values.reference} maxLength={100} className="input" autoComplete="off" {...invalidProps('deliver-reference', f.errors.reference)} />
      </Field>
      <NoteField id="deliver-note" value={f.values.note} error={f.errors.note} />
      <div className={WIDE}>
        <SubmitButton className="btn-primary min-h-12">Deliver</SubmitButton>
      </div>
    </form>
  );
}

export function DefectForm({ at, f, reworkTo }: FormProps & { reworkTo: { first: StageView | null; others: StageView[] } }) {
  if (f.state.review) {
    return <ReviewPanel state={f.state} formAction={f.formAction} summary={transitionSummary('defect', f.values, at)} note={f.values.notes} danger={f.values.action === 'scrap'} />;
  }
  return <DefectFields key={f.formKey} at={at} reworkTo={reworkTo} f={f} />;
}

function DefectFields({ at, reworkTo, f }: { at: SerialAt; reworkTo: { first: StageView | null; others: StageView[] }; f: StepForm }) {
  const [action, setAction] = useState(f.values.action ?? '');
  const actionError = f.errors.action;
  return (
    <form action={f.formAction} noValidate className={FIELD_GRID}>
      <div className={WIDE}>
        <StepError state={f.state} />
      </div>
      <input type="hidden" name="serial" value={at.serial} />
      <fieldset className={`space-y-2 ${WIDE}`} {...(actionError ? { 'aria-describedby': 'defect-action-error' } : {})}>
        <legend className="text-sm font-medium text-slate-800">What happens to the unit</legend>
        <div className="flex flex-wrap gap-2">
          {[
            ['scrap', 'Scrap: discarded for good'],
            ['rework', 'Rework: back to an earlier stage'],
          ].map(([value, label]) => (
            <label key={value} className="flex min-h-12 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm">
              <input type="radio" name="action" value={value} defaultChecked={action === value} onChange={() => setAction(value)} className="size-5" aria-invalid={actionError ? true : undefined} />
              {label}
            </label>
          ))}
        </div>
        {actionError ? (
          <p id="defect-action-error" className="text-sm text-red-700">
            {actionError}
          </p>
        ) : null}
      </fieldset>
      {action === 'rework' && reworkTo.first ? (
        <Field id="defect-toStage" label="Back to stage" error={f.errors.toStage}>
          <select id="defect-toStage" name="toStage" defaultValue={f.values.toStage ?? ''} className="input" {...invalidProps('defect-toStage', f.errors.toStage)}>
            <option value="">First stage ({reworkTo.first.name})</option>
            {reworkTo.others.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <div className={WIDE}>
        <Field id="defect-notes" label="Defect notes" error={f.errors.notes} hint={`Required: what is wrong with ${at.serial}.`}>
          <textarea id="defect-notes" name="notes" defaultValue={f.values.notes} rows={3} maxLength={1000} className="input" {...invalidProps('defect-notes', f.errors.notes)} />
        </Field>
      </div>
      <div className={WIDE}>
        <SubmitButton className="btn-danger min-h-12">Mark defect</SubmitButton>
      </div>
    </form>
  );
}
