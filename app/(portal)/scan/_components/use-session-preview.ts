'use client';
// Review: the domain's preview of the session as it stands, asked again (after
// a short pause) whenever a line, a quantity or a place changes. An answer for
// an older state of the session is never shown as current.
import { useEffect, useState } from 'react';
import { previewScanAction } from '../actions';
import type { PreviewResult } from '../_lib/results';
import type { ScanSessionRequest } from '../_lib/scan-session';

const PAUSE_MS = 300;

export function useSessionPreview(request: ScanSessionRequest | null, refresh: number): { result: PreviewResult | null; checking: boolean } {
  const key = request ? JSON.stringify(request) : null;
  const [answer, setAnswer] = useState<{ key: string; refresh: number; result: PreviewResult } | null>(null);
  useEffect(() => {
    if (!key) return;
    let live = true;
    const timer = setTimeout(() => {
      previewScanAction(JSON.parse(key)).then(
        (result) => live && setAnswer({ key, refresh, result }),
        () => live && setAnswer({ key, refresh, result: { ok: false, message: 'The review could not reach the server. Check the connection; it tries again when you change something.' } }),
      );
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, refresh]);
  const current = key !== null && answer?.key === key && answer.refresh === refresh;
  return { result: current ? answer!.result : null, checking: key !== null && !current };
}
