'use client';
// Asks the server, debounced as the person types, what is available and which
// lots FIFO would take. Re-asks when `refresh` changes (after a refused confirm).
import { useEffect, useState } from 'react';
import type { PreviewResult } from '../_lib/action-results';
import { previewPickAction } from '../actions';

export interface PreviewRequest {
  sku: string;
  location: string;
  quantity: string;
  status: string;
}

const DEBOUNCE_MS = 350;

export function usePickPreview(request: PreviewRequest | null, refresh: unknown): { result: PreviewResult | null; checking: boolean } {
  const key = request && request.sku.trim() && request.location.trim() ? JSON.stringify(request) : null;
  const [answer, setAnswer] = useState<{ key: string; refresh: unknown; result: PreviewResult } | null>(null);
  useEffect(() => {
    if (!key) return;
    let live = true;
    const timer = setTimeout(() => {
      previewPickAction(JSON.parse(key) as PreviewRequest).then(
        (result) => live && setAnswer({ key, refresh, result }),
        () => live && setAnswer({ key, refresh, result: { ok: false, message: 'The stock preview is not available right now.' } }),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, refresh]);
  // An answer for other input is never shown; one for the same input stays visible while it is re-checked.
  const result = key && answer?.key === key ? answer.result : null;
  return { result, checking: !!key && (answer?.key !== key || answer.refresh !== refresh) };
}
