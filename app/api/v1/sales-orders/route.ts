// GET /api/v1/sales-orders — sales orders the token user can see, newest first;
// paged. POST /api/v1/sales-orders — open a sales order for a customer
// (Idempotency-Key makes a retry safe).
import { createSalesOrder } from '@/lib/sales/create-sales-order';
import { listSalesOrders } from '@/lib/sales/list-sales-orders';
import { listSalesOrdersSchema } from '@/lib/sales/sales-order-schemas';
import { readIdempotencyKey } from '../_lib/idempotency-key';
import { pageResponse, readPage } from '../_lib/pagination';
import { queryParamsFor } from '../_lib/query-params';
import { readJsonBody } from '../_lib/request-body';
import { json } from '../_lib/respond';
import { withApiActor } from '../_lib/with-api-actor';
import { REPLAYED_HEADER } from '../movements/_lib/posting-response';
import { salesOrderFields } from './_lib/sales-order-request';

export const GET = withApiActor(async (actor, request) => pageResponse(await listSalesOrders(actor, queryParamsFor(request, listSalesOrdersSchema), readPage(request))));

export const POST = withApiActor(async (actor, request) => {
  const idempotencyKey = readIdempotencyKey(request);
  const body = salesOrderFields(await readJsonBody(request));
  const { number, replayed } = await createSalesOrder(actor, { ...(body as object), idempotencyKey: idempotencyKey ?? undefined });
  if (replayed) return json({ number }, 200, { [REPLAYED_HEADER]: 'true' });
  return json({ number }, 201, { location: `/api/v1/sales-orders/${encodeURIComponent(number)}` });
});
