// POST /api/v1/scan/commit — post a scan session's lines all or nothing; a line
// that cannot be posted is a 422 naming it (`lines.N`). The Idempotency-Key
// header is the only idempotency key (a body field is ignored).
import { commitScan } from '@/lib/scan/commit-scan';
import { parseInput } from '@/lib/validation';
import { readIdempotencyKey } from '../../_lib/idempotency-key';
import { readJsonBody } from '../../_lib/request-body';
import { withApiActor } from '../../_lib/with-api-actor';
import { scanSessionBody } from '../_lib/scan-request';
import { committedResponse } from '../_lib/scan-response';

export const POST = withApiActor(async (actor, request) => {
  const idempotencyKey = readIdempotencyKey(request);
  const body = parseInput(scanSessionBody, await readJsonBody(request));
  return committedResponse(await commitScan(actor, { ...body, idempotencyKey: idempotencyKey ?? undefined }));
});
