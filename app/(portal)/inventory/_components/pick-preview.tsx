// What the movement will take before it is confirmed: available quantity and the FIFO lots.
import type { PreviewResult } from '../_lib/action-results';

export function PickPreview({ requested, result, checking }: { requested: boolean; result: PreviewResult | null; checking: boolean }) {
  return (
    <div aria-live="polite" data-testid="pick-preview" className="space-y-1 rounded-md border border-brand-600/30 bg-brand-50 p-3 text-sm sm:col-span-2">
      {!requested ? (
        <p>Enter the SKU and the location to see what is available there.</p>
      ) : !result ? (
        <p>Checking stock…</p>
      ) : !result.ok ? (
        <p className="text-red-800">{result.message}</p>
      ) : (
        <>
          <p className="font-semibold">
            Available: {result.preview.available} {result.preview.unit}
          </p>
          {result.preview.picks.length ? (
            <p>
              First in, first out takes: <span className="font-medium">{result.preview.picks.map((p) => `${p.batch} × ${p.quantity}`).join(', ')}</span>
            </p>
          ) : null}
          {result.preview.shortBy ? (
            <p className="text-red-800">
              Short by {result.preview.shortBy} {result.preview.unit}.
            </p>
          ) : null}
        </>
      )}
      {checking && result ? <p className="text-slate-600">Checking again…</p> : null}
    </div>
  );
}
