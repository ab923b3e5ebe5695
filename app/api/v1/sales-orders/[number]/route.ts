// GET /api/v1/sales-orders/{number} — one sales order with its lines (ordered,
// delivered, open, delivered serials); unknown or outside what the token user
// may see: 404.
import { DomainError } from '@/lib/errors';
import { getSalesOrder } from '@/lib/sales/get-sales-order';
import { json } from '../../_lib/respond';
import { withApiActor } from '../../_lib/with-api-actor';
import { SALES_ORDER_NUMBER } from '../_lib/sales-order-request';

type Context = { params: Promise<{ number: string }> };

export const GET = withApiActor<Context>(async (actor, _request, { params }) => {
  const { number } = await params;
  if (!SALES_ORDER_NUMBER.test(number)) throw new DomainError('NOT_FOUND', `Sales order ${number.slice(0, 40)} was not found.`);
  return json(await getSalesOrder(actor, number));
});
