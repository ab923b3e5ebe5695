// A scan session as the API answers it (the history's view), and the answer of
// a commit: 201 with a Location when it was posted now, 200 with the same body
// and Idempotent-Replayed: true when an Idempotency-Key repeat was answered
// with the first commit (as POST /movements).
import type { ScanPreview } from '@/lib/scan/preview-scan';
import type { ScanSessionView } from '@/lib/scan/get-scan-session';
import { json } from '../../_lib/respond';
import { REPLAYED_HEADER } from '../../movements/_lib/posting-response';

export const sessionLocation = (sessionId: string) => `/api/v1/scan/sessions/${sessionId}`;

export function committedResponse({ replayed, ...session }: ScanSessionView & { replayed: boolean }): Response {
  return replayed ? json(session, 200, { [REPLAYED_HEADER]: 'true' }) : json(session, 201, { location: sessionLocation(session.sessionId) });
}

/** The preview without the target's database id: the API names orders and runs by number. */
export const apiPreview = ({ target, ...preview }: ScanPreview) => ({ ...preview, target: target && { kind: target.kind, number: target.number, label: target.label } });
