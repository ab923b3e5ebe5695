// GET /api/v1/work-orders/{number} — one work order with progress per stage
// and its serials (paged with ?limit=&cursor=, 200 by default); unknown or
// outside what the token user may see: 404.
import { DomainError } from '@/lib/errors';
import { getWorkOrder } from '@/lib/serials/get-work-order';
import { readPage } from '../../_lib/pagination';
import { json } from '../../_lib/respond';
import { withApiActor } from '../../_lib/with-api-actor';
import { WORK_ORDER_NUMBER } from '../_lib/work-order-request';

type Context = { params: Promise<{ number: string }> };

export const GET = withApiActor<Context>(async (actor, request, { params }) => {
  const { number } = await params;
  if (!WORK_ORDER_NUMBER.test(number)) throw new DomainError('NOT_FOUND', `Work order ${number.slice(0, 40)} was not found.`);
  const { limit, cursor } = readPage(request);
  const limitSent = new URL(request.url).searchParams.has('limit');
  return json(await getWorkOrder(actor, number, { limit: limitSent ? limit : undefined, cursor }));
});
