'use client';
// One scanned line: what it is, what is available where, its quantity (typed
// over at any time) and Remove; in Review also the lots it takes and its error.
import { isQuantityText } from '../_lib/quantity-text';
import { availabilityText, lineTitle } from '../_lib/scan-feedback';
import type { ScanLine } from '../_lib/scan-session';

export function LineCard({
  line,
  source,
  outcome,
  error,
  onQuantity,
  onRemove,
}: {
  line: ScanLine;
  source: string | null;
  /** Review: what the line books. */
  outcome?: string | null;
  error?: string | null;
  onQuantity: (quantity: string) => void;
  onRemove: () => void;
}) {
  const { info } = line;
  const title = lineTitle(info);
  const fieldId = `line-${line.id}-quantity`;
  const errorId = `line-${line.id}-error`;
  const shownError = error ?? (info.kind !== 'serial' && !isQuantityText(line.quantity) ? 'Enter a quantity such as 25.' : null);
  return (
    <li className={`card space-y-2 ${shownError ? 'border-red-400' : ''}`} aria-label={`${info.name}, ${title}`}>
      <div className="min-w-0">
        <p className="break-words font-semibold">{info.name}</p>
        <p className="break-words text-sm text-slate-700">{title}</p>
        {outcome === undefined ? <p className="break-words text-sm text-slate-700">{availabilityText(info, source)}</p> : null}
        {outcome ? <p className="break-words text-sm text-slate-800">{outcome}</p> : null}
      </div>
      <div className="flex flex-wrap items-end gap-2">
        {info.kind === 'serial' ? (
          <p className="min-h-12 py-3 text-sm">1 unit</p>
        ) : (
          <div className="space-y-1">
            <label htmlFor={fieldId} className="block text-sm font-medium text-slate-800">
              Quantity<span className="sr-only"> of {title}</span>
            </label>
            <div className="flex items-center gap-2">
              <input
                id={fieldId}
                className="input min-h-12 w-32"
                inputMode="decimal"
                autoComplete="off"
                value={line.quantity}
                onChange={(e) => onQuantity(e.target.value)}
                aria-invalid={shownError ? true : undefined}
                aria-describedby={shownError ? errorId : undefined}
              />
              {info.unit ? <span className="text-sm text-slate-700">{info.unit}</span> : null}
            </div>
          </div>
        )}
        <button type="button" className="btn-secondary min-h-12" onClick={onRemove}>
          Remove<span className="sr-only"> {title}</span>
        </button>
      </div>
      {shownError ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {shownError}
        </p>
      ) : null}
    </li>
  );
}
