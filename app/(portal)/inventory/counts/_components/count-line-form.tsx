'use client';
// One line of a count on a phone: the item, where it is, what the system
// expects (unless the count is blind), a big number field and Save. Each line
// saves on its own.
import { useActionState } from 'react';
import { invalidProps } from '@/app/_components/field';
import { useFormKey } from '@/app/_components/use-form-key';
import type { CountLineView } from '@/lib/inventory/counts/get-count';
import type { RecordState } from '../_lib/count-results';
import { recordCountAction } from '../actions';

const time = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

export function CountLineForm({ countId, line, open }: { countId: number; line: CountLineView; open: boolean }) {
  const [state, formAction, pending] = useActionState<RecordState, FormData>(recordCountAction, {});
  const formKey = useFormKey(state);
  const id = `counted-${line.id}`;
  const error = state.fieldErrors?.counted;
  const counted = state.saved?.counted ?? line.counted;
  const countedAt = state.saved?.countedAt ?? line.countedAt?.toISOString() ?? null;
  const where = ` of ${line.sku} at ${line.location}`;
  return (
    <li className="card space-y-3" data-testid={`count-line-${line.sku}-${line.location}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <p className="min-w-0 break-all text-lg font-semibold">{line.sku}</p>
        <p className="text-sm text-slate-700">{line.location}</p>
      </div>
      <p className="text-sm text-slate-700">
        {line.itemName}
        {line.added ? ' · added during the count' : null}
      </p>
      {line.expected !== null ? (
        <p className="text-sm">
          Expected: <strong className="tabular-nums">{line.expected}</strong> {line.unit}
        </p>
      ) : null}
      {open ? (
        <form key={formKey} action={formAction} noValidate className="flex items-end gap-2">
          <input type="hidden" name="countId" value={countId} />
          <input type="hidden" name="lineId" value={line.id} />
          <div className="min-w-0 flex-1 space-y-1">
            <label htmlFor={id} className="block text-sm font-medium text-slate-800">
              Counted ({line.unit})<span className="sr-only">{where}</span>
            </label>
            <input
              id={id}
              name="counted"
              inputMode={line.decimals > 0 ? 'decimal' : 'numeric'}
              autoComplete="off"
              enterKeyHint="done"
              defaultValue={state.ok === false ? (state.values?.counted ?? '') : (counted ?? '')}
              className="input min-h-14 text-2xl tabular-nums"
              {...invalidProps(id, error)}
            />
          </div>
          <button type="submit" className="btn-primary min-h-14 shrink-0 px-5 text-base" disabled={pending} aria-disabled={pending}>
            {pending ? 'Saving…' : 'Save'}
            <span className="sr-only">{where}</span>
          </button>
        </form>
      ) : (
        <p className="text-sm">
          Counted: <strong className="tabular-nums">{counted ?? 'not counted'}</strong> {counted !== null ? line.unit : null}
        </p>
      )}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : state.ok === false && state.message ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
      <p role="status" className="text-xs text-slate-600">
        {state.ok && state.saved
          ? `Saved: ${state.saved.counted} ${line.unit}.`
          : counted !== null && countedAt
            ? `Counted ${counted} ${line.unit}${line.countedBy ? ` by ${line.countedBy}` : ''}, ${time(countedAt)}.`
            : null}
      </p>
    </li>
  );
}
