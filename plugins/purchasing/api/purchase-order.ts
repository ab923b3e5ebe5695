// GET /api/v1/purchase-orders/{number} — one order with its lines (ordered,
// received, open); another department's or unknown: 404.
// POST /api/v1/purchase-orders/{number}/receive — `{lines: [{sku, quantity, location}]}`:
// all lines or none, each into a new batch with the supplier and unit price;
// 201 with the posting, 200 for an Idempotency-Key repeat.
import { readIdempotencyKey } from '@/app/api/v1/_lib/idempotency-key';
import { readJsonBody } from '@/app/api/v1/_lib/request-body';
import { json } from '@/app/api/v1/_lib/respond';
import { withApiActor } from '@/app/api/v1/_lib/with-api-actor';
import { REPLAYED_HEADER } from '@/app/api/v1/movements/_lib/posting-response';
import { getPurchaseOrder } from '../lib/get-purchase-order';
import { receivePurchaseOrder } from '../lib/receive-purchase-order';

type Context = { params: Promise<{ number: string }> };

export const getPurchaseOrderRoute = withApiActor<Context>(async (actor, _request, { params }) => {
  const po = await getPurchaseOrder(actor, (await params).number);
  return json({
    number: po.number,
    supplier: po.supplier.code,
    status: po.status.toLowerCase(),
    note: po.note,
    createdAt: po.createdAt,
    placedAt: po.placedAt,
    lines: po.lines.map((l) => ({ sku: l.sku, quantity: l.quantity, received: l.received, open: l.open, unitPrice: l.unitPrice, expectedAt: l.expectedAt })),
  });
});

export const postReceivePurchaseOrder = withApiActor<Context>(async (actor, request, { params }) => {
  const number = (await params).number;
  const idempotencyKey = readIdempotencyKey(request);
  const body = await readJsonBody(request);
  const lines = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as { lines?: unknown }).lines : undefined;
  const received = await receivePurchaseOrder(actor, { number, lines, idempotencyKey: idempotencyKey ?? undefined });
  const answer = { number: received.number, status: received.status.toLowerCase(), groupId: received.groupId, entries: received.entries };
  return received.replayed ? json(answer, 200, { [REPLAYED_HEADER]: 'true' }) : json(answer, 201);
});
