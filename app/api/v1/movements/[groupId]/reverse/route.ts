// POST /api/v1/movements/{groupId}/reverse — reverse a whole posting with
// compensating entries; body `{ reason? }` (or none). A second reversal is 409.
import { DomainError } from '@/lib/errors';
import { reversePosting, reversePostingSchema } from '@/lib/inventory/movements/reverse-posting';
import { parseInput } from '@/lib/validation';
import { readIdempotencyKey } from '../../../_lib/idempotency-key';
import { readOptionalJsonBody } from '../../../_lib/request-body';
import { withApiActor } from '../../../_lib/with-api-actor';
import { postingResponse } from '../../_lib/posting-response';

const reverseBodySchema = reversePostingSchema.pick({ reason: true });

type Context = { params: Promise<{ groupId: string }> };

export const POST = withApiActor<Context>(async (actor, request, { params }) => {
  const { groupId } = await params;
  // A path that cannot name a movement names no movement: 404, like an unknown id.
  if (!reversePostingSchema.shape.groupId.safeParse(groupId).success) throw new DomainError('NOT_FOUND', 'Movement not found.');
  const idempotencyKey = readIdempotencyKey(request);
  const { reason } = parseInput(reverseBodySchema, await readOptionalJsonBody(request));
  return postingResponse(await reversePosting(actor, { groupId, reason, idempotencyKey: idempotencyKey ?? undefined }));
});
