// GET /api/v1/transits — transit documents the token user can see, open ones
// first; paged. POST /api/v1/transits — ship stock to another site on a new
// transit document (Idempotency-Key makes a retry safe).
import { listTransits, listTransitsSchema } from '@/lib/inventory/transit/list-transits';
import { shipToSite } from '@/lib/inventory/transit/ship-to-site';
import { parseInput } from '@/lib/validation';
import { readIdempotencyKey } from '../_lib/idempotency-key';
import { pageResponse, readPage } from '../_lib/pagination';
import { queryParamsFor } from '../_lib/query-params';
import { readJsonBody } from '../_lib/request-body';
import { withApiActor } from '../_lib/with-api-actor';
import { shipTransitBody } from './_lib/transit-bodies';
import { transitPostingResponse } from './_lib/transit-response';

export const GET = withApiActor(async (actor, request) => pageResponse(await listTransits(actor, queryParamsFor(request, listTransitsSchema), readPage(request))));

export const POST = withApiActor(async (actor, request) => {
  const idempotencyKey = readIdempotencyKey(request);
  const body = parseInput(shipTransitBody, await readJsonBody(request));
  const { number, ...posting } = await shipToSite(actor, { ...body, idempotencyKey: idempotencyKey ?? undefined });
  return transitPostingResponse({ number }, posting);
});
