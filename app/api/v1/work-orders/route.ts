// GET /api/v1/work-orders — work orders the token user can see, newest first,
// with serial counts; paged. POST /api/v1/work-orders — open a work order and
// make its serial numbers (Idempotency-Key makes a retry safe).
import { createWorkOrder } from '@/lib/serials/create-work-order';
import { listWorkOrders } from '@/lib/serials/list-work-orders';
import { listWorkOrdersSchema } from '@/lib/serials/work-order-schemas';
import { readIdempotencyKey } from '../_lib/idempotency-key';
import { pageResponse, readPage } from '../_lib/pagination';
import { queryParamsFor } from '../_lib/query-params';
import { readJsonBody } from '../_lib/request-body';
import { json } from '../_lib/respond';
import { withApiActor } from '../_lib/with-api-actor';
import { REPLAYED_HEADER } from '../movements/_lib/posting-response';
import { workOrderFields } from './_lib/work-order-request';

export const GET = withApiActor(async (actor, request) => pageResponse(await listWorkOrders(actor, queryParamsFor(request, listWorkOrdersSchema), readPage(request))));

export const POST = withApiActor(async (actor, request) => {
  const idempotencyKey = readIdempotencyKey(request);
  const body = workOrderFields(await readJsonBody(request));
  const { number, serials, replayed } = await createWorkOrder(actor, { ...(body as object), idempotencyKey: idempotencyKey ?? undefined });
  if (replayed) return json({ number, serials }, 200, { [REPLAYED_HEADER]: 'true' });
  return json({ number, serials }, 201, { location: `/api/v1/work-orders/${encodeURIComponent(number)}` });
});
