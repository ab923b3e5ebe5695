// Fields the site, storage-unit and edit forms share.
import { Field, invalidProps } from '@/app/_components/field';

export type TypeChoice = { id: number; name: string; grid: { rows: number; cols: number } | null };
type Values = Record<string, string | undefined>;
type Errors = Record<string, string>;

export function TextField({ id, label, v, e, hint, inputMode }: { id: string; label: string; v: Values; e: Errors; hint?: string; inputMode?: 'numeric' }) {
  return (
    <Field id={id} label={label} error={e[id]} hint={hint}>
      <input id={id} name={id} defaultValue={v[id] ?? ''} inputMode={inputMode} autoComplete="off" className="input" {...invalidProps(id, e[id])} />
    </Field>
  );
}

export function TypeSelect({ types, v, e }: { types: TypeChoice[]; v: Values; e: Errors }) {
  return (
    <Field id="typeId" label="Type (optional)" error={e.typeId} hint="A type with rows × columns makes this a rack with a rack map.">
      <select id="typeId" name="typeId" defaultValue={v.typeId ?? ''} className="input" {...invalidProps('typeId', e.typeId)}>
        <option value="">No type</option>
        {types.map((t) => (
          <option key={t.id} value={t.id}>
            {t.grid ? `${t.name} (${t.grid.rows} × ${t.grid.cols})` : t.name}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Row and column of a cell in the parent's grid; a problem with the pair (cell taken) is shown once, under both. */
export function GridPositionFields({ v, e, hint }: { v: Values; e: Errors; hint: string }) {
  const shared = e.gridRow && e.gridRow === e.gridCol ? e.gridRow : undefined;
  const describedBy = (id: string) => (shared ? { 'aria-invalid': true as const, 'aria-describedby': 'grid-error' } : invalidProps(id, e[id]));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">Grid position (optional)</legend>
      <p className="text-xs text-slate-600">{hint}</p>
      <div className="grid grid-cols-2 gap-3">
        {(['gridRow', 'gridCol'] as const).map((id) => (
          <Field key={id} id={id} label={id === 'gridRow' ? 'Row' : 'Column'} error={shared ? undefined : e[id]}>
            <input id={id} name={id} type="number" min={1} max={99} step={1} inputMode="numeric" defaultValue={v[id] ?? ''} className="input" {...describedBy(id)} />
          </Field>
        ))}
      </div>
      {shared ? (
        <p id="grid-error" className="text-sm text-red-700">
          {shared}
        </p>
      ) : null}
    </fieldset>
  );
}

export const gridHint = (parent: { code: string; grid: { rows: number; cols: number } | null } | undefined) =>
  !parent ? 'Choose the parent first.' : parent.grid ? `A cell of ${parent.code}'s ${parent.grid.rows} × ${parent.grid.cols} grid.` : `${parent.code} has no grid: leave both empty.`;
