'use client';
// The scan box with Add, Qty and Camera, and what the last scan was told: a
// colour flash (green OK, red error) and the words in live regions, the error
// in an alert so a screen reader says it at once.
import type { RefObject } from 'react';

export type Feedback = { kind: 'ok' | 'error'; message: string };

export function ScanPanel({
  box,
  flash,
  feedback,
  busy,
  camera,
  nextQuantity,
  onSubmit,
  onInput,
  onQty,
  onCamera,
  onClearQuantity,
}: {
  box: RefObject<HTMLInputElement | null>;
  flash: Feedback['kind'] | null;
  feedback: Feedback | null;
  busy: boolean;
  camera: boolean;
  nextQuantity: string | null;
  onSubmit: () => void;
  onInput: (value: string) => void;
  onQty: () => void;
  onCamera: () => void;
  onClearQuantity: () => void;
}) {
  return (
    <div
      className={`space-y-2 rounded-lg border-2 p-3 transition-colors ${flash === 'ok' ? 'border-green-600 bg-green-100' : flash === 'error' ? 'border-red-600 bg-red-100' : 'border-slate-300 bg-white'}`}
      data-flash={flash ?? ''}
      data-last-scan={feedback?.kind ?? ''}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
        className="space-y-2"
      >
        <label htmlFor="scan-box" className="block text-sm font-medium text-slate-800">
          Scan or type a code
        </label>
        <input
          id="scan-box"
          ref={box}
          className="input min-h-12 text-lg"
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="enter"
          aria-describedby="scan-hint"
          onInput={(e) => onInput(e.currentTarget.value)}
        />
        <div className="flex flex-wrap gap-2">
          <button type="submit" className="btn-primary min-h-12 px-6">
            Add
          </button>
          <button type="button" className="btn-secondary min-h-12" onClick={onQty}>
            Qty
          </button>
          <button type="button" className="btn-secondary min-h-12" aria-pressed={camera} onClick={onCamera}>
            Camera
          </button>
          {busy ? <span className="self-center text-sm text-slate-700">Checking…</span> : null}
        </div>
      </form>
      <p id="scan-hint" className="text-xs text-slate-600">
        Scan a storage unit first, then the items, lots or serial numbers. For a quantity, type it (such as 25) and tap Qty before the scan, or scan 25*CODE.
      </p>
      {nextQuantity ? (
        <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
          Next scan: quantity {nextQuantity}
          <button type="button" className="btn-secondary min-h-12" onClick={onClearQuantity}>
            Clear quantity
          </button>
        </p>
      ) : null}
      <p role="status" className={feedback?.kind === 'ok' ? 'text-sm font-medium text-green-900' : 'sr-only'}>
        {feedback?.kind === 'ok' ? feedback.message : ''}
      </p>
      <p role="alert" className={feedback?.kind === 'error' ? 'text-sm font-medium text-red-900' : 'sr-only'}>
        {feedback?.kind === 'error' ? feedback.message : ''}
      </p>
    </div>
  );
}
