// POST /api/v1/scan/sessions/{sessionId}/rollback — reverse a committed scan
// session with compensating entries; body `{ reason? }` (or none). 200 with the
// session; a second rollback is 409, someone else's session 404.
import { rollbackScan } from '@/lib/scan/rollback-scan';
import { parseInput } from '@/lib/validation';
import { readOptionalJsonBody } from '../../../../_lib/request-body';
import { json } from '../../../../_lib/respond';
import { withApiActor } from '../../../../_lib/with-api-actor';
import { rollbackScanBody, sessionIdOf } from '../../../_lib/scan-request';

type Context = { params: Promise<{ sessionId: string }> };

export const POST = withApiActor<Context>(async (actor, request, { params }) => {
  const sessionId = sessionIdOf((await params).sessionId);
  const { reason } = parseInput(rollbackScanBody, await readOptionalJsonBody(request));
  return json(await rollbackScan(actor, { sessionId, reason }));
});
