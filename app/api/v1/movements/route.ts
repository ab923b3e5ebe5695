// POST /api/v1/movements — post a stock movement (receipt, transfer, adjustment,
// count, consumption, shipment, status change); see _lib/post-movement.ts.
import { readIdempotencyKey } from '../_lib/idempotency-key';
import { readJsonBody } from '../_lib/request-body';
import { withApiActor } from '../_lib/with-api-actor';
import { postMovement } from './_lib/post-movement';
import { postingResponse } from './_lib/posting-response';

export const POST = withApiActor(async (actor, request) => {
  const idempotencyKey = readIdempotencyKey(request);
  return postingResponse(await postMovement(actor, await readJsonBody(request), idempotencyKey));
});
