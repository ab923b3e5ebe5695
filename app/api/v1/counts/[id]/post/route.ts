// POST /api/v1/counts/{id}/post — book every counted variance as one posting
// group and close the count (Idempotency-Key makes a retry safe). Closed: 409.
import { postCount } from '@/lib/inventory/counts/post-count';
import { readIdempotencyKey } from '../../../_lib/idempotency-key';
import { withApiActor } from '../../../_lib/with-api-actor';
import { countPostingResponse } from '../../_lib/count-response';

type Context = { params: Promise<{ id: string }> };

export const POST = withApiActor<Context>(async (actor, request, { params }) => {
  const { id } = await params;
  const idempotencyKey = readIdempotencyKey(request);
  return countPostingResponse(await postCount(actor, { countId: id, idempotencyKey: idempotencyKey ?? undefined }));
});
