'use client';
// Editing a BOM: a lines editor (rows of component, quantity per unit,
// designators, alternates) and a CSV import. Either saves a new version.
import { useActionState, useState } from 'react';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { useFormKey } from '@/app/_components/use-form-key';
import type { FormState } from '@/app/_server/form-action';
import { importBomCsvAction, saveBomAction } from './actions';

export interface EditorLine {
  sku: string;
  quantityPer: string;
  designators: string;
  alternates: string;
}

const blankLine = (): EditorLine => ({ sku: '', quantityPer: '', designators: '', alternates: '' });

function linesOf(state: FormState, initial: EditorLine[]): EditorLine[] {
  if (state.values?.lines) {
    try {
      const sent = JSON.parse(state.values.lines) as EditorLine[];
      if (Array.isArray(sent) && sent.length) return sent;
    } catch {
      // fall back to the saved lines
    }
  }
  return initial.length ? initial : [blankLine()];
}

export function BomEditor({ product, initial }: { product: string; initial: EditorLine[] }) {
  const [state, formAction] = useActionState(saveBomAction, {});
  const formKey = useFormKey(state);
  return <EditorForm key={formKey} product={product} state={state} formAction={formAction} initial={state.ok ? initial : linesOf(state, initial)} />;
}

function EditorForm({ product, state, formAction, initial }: { product: string; state: FormState; formAction: (f: FormData) => void; initial: EditorLine[] }) {
  const [rows, setRows] = useState(() => initial.map((l, i) => ({ ...l, key: i })));
  const [next, setNext] = useState(initial.length);
  const e = state.fieldErrors ?? {};
  const cell = (i: number, field: keyof EditorLine) => e[`lines.${i}.${field}`];
  return (
    <form action={formAction} className="card space-y-4" noValidate aria-labelledby="bom-editor">
      <h2 id="bom-editor" className="text-lg font-semibold">
        Edit lines
      </h2>
      <p className="text-sm text-slate-700">Saving makes a new version; lots already planned keep theirs.</p>
      <FormMessage ok={state.ok} message={state.message ?? e.lines} />
      <input type="hidden" name="product" value={product} />
      <ol className="space-y-3">
        {rows.map((row, i) => (
          <li key={row.key} className="rounded-md border border-slate-200 p-3">
            <fieldset className="grid gap-3 sm:grid-cols-[2fr_1fr_2fr_2fr_auto] sm:items-start">
              <legend className="mb-1 text-sm font-medium text-slate-800">Line {i + 1}</legend>
              <Field id={`sku-${row.key}`} label="Component SKU" error={cell(i, 'sku')}>
                <input id={`sku-${row.key}`} name="sku" defaultValue={row.sku} autoComplete="off" autoCapitalize="characters" className="input" {...invalidProps(`sku-${row.key}`, cell(i, 'sku'))} />
              </Field>
              <Field id={`qty-${row.key}`} label="Per unit" error={cell(i, 'quantityPer')}>
                <input id={`qty-${row.key}`} name="quantityPer" defaultValue={row.quantityPer} inputMode="decimal" autoComplete="off" className="input" {...invalidProps(`qty-${row.key}`, cell(i, 'quantityPer'))} />
              </Field>
              <Field id={`des-${row.key}`} label="Designators" error={cell(i, 'designators')}>
                <input id={`des-${row.key}`} name="designators" defaultValue={row.designators} autoComplete="off" className="input" {...invalidProps(`des-${row.key}`, cell(i, 'designators'))} />
              </Field>
              <Field id={`alt-${row.key}`} label="Alternates (SKUs, ; between)" error={cell(i, 'alternates')}>
                <input id={`alt-${row.key}`} name="alternates" defaultValue={row.alternates} autoComplete="off" className="input" {...invalidProps(`alt-${row.key}`, cell(i, 'alternates'))} />
              </Field>
              <button
                type="button"
                className="btn-secondary sm:mt-6"
                onClick={() => setRows((r) => (r.length > 1 ? r.filter((x) => x.key !== row.key) : r))}
                disabled={rows.length === 1}
                aria-label={`Remove line ${i + 1}`}
              >
                Remove
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="btn-secondary"
          onClick={() => {
            setRows((r) => [...r, { ...blankLine(), key: next }]);
            setNext((n) => n + 1);
          }}
        >
          Add line
        </button>
        <SubmitButton className="btn-primary">Save new version</SubmitButton>
      </div>
    </form>
  );
}

export function BomCsvImport({ product }: { product: string }) {
  const [state, formAction] = useActionState(importBomCsvAction, {});
  const formKey = useFormKey(state);
  const e = state.fieldErrors ?? {};
  return (
    <form key={formKey} action={formAction} className="card space-y-4" noValidate aria-labelledby="bom-import">
      <h2 id="bom-import" className="text-lg font-semibold">
        Import from CSV
      </h2>
      <p className="text-sm text-slate-700">
        First row: <code>sku,quantityPer,designators,alternates</code>. Alternates are SKUs separated by <code>;</code>. The file replaces the lines as a new version.
      </p>
      <FormMessage ok={state.ok} message={state.ok ? state.message : (e.product ?? state.message)} />
      <input type="hidden" name="product" value={product} />
      <Field id="csv-file" label="CSV file" error={e.csv}>
        <input id="csv-file" name="file" type="file" accept=".csv,text/csv" className="input" {...invalidProps('csv-file', e.csv)} />
      </Field>
      <Field id="csv-text" label="…or paste the CSV" hint="Used when no file is chosen.">
        <textarea id="csv-text" name="csvText" rows={5} defaultValue={state.values?.csvText ?? ''} className="input font-mono" />
      </Field>
      <SubmitButton className="btn-primary">Import</SubmitButton>
    </form>
  );
}
