// A serial as the API shows it (GET /serials/{serial}), and the answer of a
// transition: that serial plus `replayed`, always 200; a replay of an
// Idempotency-Key also carries Idempotent-Replayed: true (as POST /movements).
import type { SerialDetail } from '@/lib/serials/get-serial';
import type { TransitionResult } from '@/lib/serials/serial-transition';
import { json } from '../../_lib/respond';
import { REPLAYED_HEADER } from '../../movements/_lib/posting-response';

export const apiSerial = (s: SerialDetail) => ({
  serial: s.serial,
  product: s.product,
  status: s.status,
  stage: s.stage,
  workOrder: s.workOrder,
  iterationCount: s.iterationCount,
  location: s.location,
  history: s.history,
});

export function transitionResponse(result: TransitionResult): Response {
  const body = { ...apiSerial(result), replayed: result.replayed };
  return result.replayed ? json(body, 200, { [REPLAYED_HEADER]: 'true' }) : json(body);
}
