// What the scan screen's server actions answer: the domain's result, or a
// refusal in plain words with the fields (lines.N, target ...) it concerns.
import type { ScanSessionView } from '@/lib/scan/get-scan-session';
import type { LineOutcome } from '@/lib/scan/plan-scan';
import type { ResolvedScan } from '@/lib/scan/resolve-scan';

export interface Refusal {
  ok: false;
  message: string;
  fieldErrors?: Record<string, string>;
}

export interface PreviewView {
  target: { number: string; label: string } | null;
  location: string | null;
  to: string | null;
  lines: LineOutcome[];
  ok: boolean;
}

export type ResolveResult = { ok: true; scan: ResolvedScan } | Refusal;
export type PreviewResult = { ok: true; preview: PreviewView } | Refusal;
export type CommitResult = { ok: true; session: ScanSessionView & { replayed: boolean } } | Refusal;

export const SESSION_ENDED = 'Your session has ended. Sign in again.';
