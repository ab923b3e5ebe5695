// POST /api/v1/transits/{number}/receive — receive what arrived (all or part)
// at the destination site, into the destination or another of its storage
// units (`location`). More than is still on the way: 409.
import { receiveTransit } from '@/lib/inventory/transit/receive-transit';
import { parseInput } from '@/lib/validation';
import { readIdempotencyKey } from '../../../_lib/idempotency-key';
import { readJsonBody } from '../../../_lib/request-body';
import { withApiActor } from '../../../_lib/with-api-actor';
import { receiveTransitBody } from '../../_lib/transit-bodies';
import { transitNumberOf } from '../../_lib/transit-path';
import { transitPostingResponse } from '../../_lib/transit-response';

type Context = { params: Promise<{ number: string }> };

export const POST = withApiActor<Context>(async (actor, request, { params }) => {
  const number = transitNumberOf((await params).number);
  const idempotencyKey = readIdempotencyKey(request);
  const body = parseInput(receiveTransitBody, await readJsonBody(request));
  const { number: received, closed, ...posting } = await receiveTransit(actor, { ...body, number, idempotencyKey: idempotencyKey ?? undefined });
  return transitPostingResponse({ number: received, closed }, posting);
});
