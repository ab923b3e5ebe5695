'use client';
// One form per audit report, two ways out: "Make the PDF" starts a background
// job (server action; the browser goes on to its progress page) and "Download
// CSV" is a plain GET to /reports, which checks the filters and sends the
// browser on to the streamed CSV. Errors from either sit next to their fields.
import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { Field, invalidProps } from '@/app/_components/field';
import { startReportJobAction } from './actions';
import type { ReportFormSpec } from './report-form-specs';

export function ReportForm({ spec, values, errors }: { spec: ReportFormSpec; values: Record<string, string>; errors: Record<string, string> }) {
  const [state, startJob] = useActionState(startReportJobAction, {});
  const refused = state.ok === false;
  const shownErrors = refused ? (Object.keys(state.fieldErrors ?? {}).length ? state.fieldErrors! : { _form: state.message ?? '' }) : errors;
  const shownValues = refused && state.values ? state.values : values;
  const idOf = (key: string) => `${spec.slug}-${key}`;
  return (
    <form method="get" action="/reports" className="card space-y-3" aria-labelledby={`${spec.slug}-title`}>
      <h2 id={`${spec.slug}-title`} className="text-lg font-semibold">
        {spec.title}
      </h2>
      <p className="text-sm text-slate-700">{spec.description}</p>
      <input type="hidden" name="run" value={spec.slug} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {spec.fields.map((f) => {
          const id = idOf(f.key);
          const error = shownErrors[f.key];
          return (
            <Field key={f.key} id={id} label={f.label} error={error} hint={f.hint}>
              {f.type === 'select' ? (
                <select id={id} name={f.key} defaultValue={shownValues[f.key] ?? ''} className="input" {...invalidProps(id, error)}>
                  {f.options!.map(([v, label]) => (
                    <option key={v} value={v}>
                      {label}
                    </option>
                  ))}
                </select>
              ) : (
                <input id={id} name={f.key} type={f.type} defaultValue={shownValues[f.key] ?? ''} className="input" {...invalidProps(id, error)} />
              )}
            </Field>
          );
        })}
      </div>
      {shownErrors._form || shownErrors.format ? (
        <p role="alert" className="text-sm text-red-700">
          {shownErrors._form || shownErrors.format}
        </p>
      ) : null}
      <PdfAndCsv startJob={startJob} />
    </form>
  );
}

function PdfAndCsv({ startJob }: { startJob: (formData: FormData) => void }) {
  const { pending } = useFormStatus();
  return (
    <div className="flex flex-wrap gap-2">
      <button type="submit" formAction={startJob} className="btn-primary min-h-12" disabled={pending} aria-disabled={pending}>
        {pending ? 'Starting…' : 'Make the PDF'}
      </button>
      <button type="submit" name="format" value="csv" className="btn-secondary min-h-12" disabled={pending} aria-disabled={pending}>
        Download CSV
      </button>
    </div>
  );
}
