'use client';
// The stage list of one product: rename, mark optional, reorder, add, remove
// (not a stage serials sit at: the domain refuses, and the button says why),
// and the serial pattern. A refused save comes back with the rows as typed.
import { useActionState, useState } from 'react';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { useFormKey } from '@/app/_components/use-form-key';
import type { FormState } from '@/app/_server/form-action';
import { DEFAULT_SERIAL_PATTERN } from '@/lib/serials/serial-pattern';
import type { ProductStages } from '@/lib/serials/product-stages';
import { setProductStagesAction } from './actions';
import { stageRowsOf } from './stage-rows';

interface Row {
  key: number;
  id: string;
  name: string;
  optional: boolean;
  serials: number;
}

let nextKey = 0;

function rowsFrom(product: ProductStages, typed: Record<string, string> | undefined): Row[] {
  const serialsAt = new Map(product.stages.map((s) => [String(s.id), s.serials]));
  if (typed) return stageRowsOf(typed).map((r) => ({ key: ++nextKey, id: r.id, name: r.name, optional: r.optional === 'true', serials: serialsAt.get(r.id) ?? 0 }));
  return product.stages.map((s) => ({ key: ++nextKey, id: String(s.id), name: s.name, optional: s.optional, serials: s.serials }));
}

export function StagesForm({ product }: { product: ProductStages }) {
  const [state, formAction] = useActionState(setProductStagesAction, {});
  const formKey = useFormKey(state);
  return <StagesFields key={formKey} product={product} state={state} action={formAction} />;
}

function StagesFields({ product, state, action }: { product: ProductStages; state: FormState; action: (f: FormData) => void }) {
  const typed = state.ok ? undefined : state.values;
  const [rows, setRows] = useState(() => rowsFrom(product, typed));
  const e = state.fieldErrors ?? {};
  const update = (key: number, change: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const move = (i: number, by: -1 | 1) =>
    setRows((rs) => {
      const out = [...rs];
      [out[i], out[i + by]] = [out[i + by], out[i]];
      return out;
    });
  return (
    <form action={action} className="card max-w-2xl space-y-4" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="sku" value={product.sku} />
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">Stages, in the order a unit goes through them</legend>
        {e.stages ? (
          <p id="stages-error" className="text-sm text-red-700">
            {e.stages}
          </p>
        ) : null}
        <ol className="space-y-3">
          {rows.map((r, i) => {
            const nameId = `stages.${i}.name`;
            return (
              <li key={r.key} className="space-y-2 rounded-md border border-slate-200 p-3">
                <input type="hidden" name={`stages.${i}.id`} value={r.id} />
                <Field id={nameId} label={`Stage ${i + 1}`} error={e[nameId]} hint={r.serials ? `${r.serials} serial${r.serials === 1 ? ' is' : 's are'} at this stage.` : undefined}>
                  <input id={nameId} name={nameId} value={r.name} onChange={(ev) => update(r.key, { name: ev.target.value })} maxLength={40} autoComplete="off" className="input" {...invalidProps(nameId, e[nameId])} />
                </Field>
                <input type="hidden" name={`stages.${i}.optional`} value="false" />
                <label className="flex min-h-10 items-center gap-3 text-sm text-slate-800">
                  <input type="checkbox" name={`stages.${i}.optional`} value="true" checked={r.optional} onChange={(ev) => update(r.key, { optional: ev.target.checked })} className="h-5 w-5 accent-brand-700" />
                  Optional (the line may skip it)
                </label>
                <div className="flex flex-wrap gap-2">
                  <button type="button" className="btn-secondary" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${r.name || `stage ${i + 1}`} up`}>
                    Up
                  </button>
                  <button type="button" className="btn-secondary" disabled={i === rows.length - 1} onClick={() => move(i, 1)} aria-label={`Move ${r.name || `stage ${i + 1}`} down`}>
                    Down
                  </button>
                  <button
                    type="button"
                    className="btn-secondary"
                    disabled={r.serials > 0 || rows.length === 1}
                    title={r.serials > 0 ? 'Serials sit at this stage: move them on first.' : undefined}
                    onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                    aria-label={`Remove ${r.name || `stage ${i + 1}`}`}
                  >
                    Remove
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <button type="button" className="btn-secondary" onClick={() => setRows((rs) => [...rs, { key: ++nextKey, id: '', name: '', optional: false, serials: 0 }])}>
          Add a stage
        </button>
      </fieldset>
      <Field
        id="serialPattern"
        label="Serial number pattern"
        error={e.serialPattern}
        hint={`Empty: ${DEFAULT_SERIAL_PATTERN}. {SKU} is the SKU, {YYYY} the year, {SEQ:n} the running number with n digits (3 to 9); other text A-Z, 0-9, - _ /. Now: ${product.exampleSerial}, …`}
      >
        <input
          id="serialPattern"
          name="serialPattern"
          defaultValue={typed?.serialPattern ?? product.serialPattern ?? ''}
          placeholder={DEFAULT_SERIAL_PATTERN}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="input"
          {...invalidProps('serialPattern', e.serialPattern)}
        />
      </Field>
      <SubmitButton>Save stages</SubmitButton>
    </form>
  );
}
