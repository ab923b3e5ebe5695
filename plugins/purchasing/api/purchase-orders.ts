// POST /api/v1/purchase-orders — order from a supplier:
// `{supplier, lines: [{sku, quantity, unitPrice, expectedAt}], status?, note?}` → 201 `{number}`
// (placed unless `status: "draft"`); an Idempotency-Key repeat answers 200 with the first order.
import { readIdempotencyKey } from '@/app/api/v1/_lib/idempotency-key';
import { readJsonBody } from '@/app/api/v1/_lib/request-body';
import { json } from '@/app/api/v1/_lib/respond';
import { withApiActor } from '@/app/api/v1/_lib/with-api-actor';
import { REPLAYED_HEADER } from '@/app/api/v1/movements/_lib/posting-response';
import { createPurchaseOrder } from '../lib/create-purchase-order';

const FIELDS = ['supplier', 'lines', 'status', 'note'];

/** The body's known fields; anything else (not an object at all) goes on for the domain to refuse. */
const knownFields = (body: unknown): unknown =>
  typeof body !== 'object' || body === null || Array.isArray(body) ? body : Object.fromEntries(Object.entries(body).filter(([k]) => FIELDS.includes(k)));

export const postPurchaseOrder = withApiActor(async (actor, request) => {
  const idempotencyKey = readIdempotencyKey(request);
  const body = knownFields(await readJsonBody(request));
  const input = typeof body === 'object' && body !== null ? { ...body, idempotencyKey: idempotencyKey ?? undefined } : body;
  const { number, replayed } = await createPurchaseOrder(actor, input);
  if (replayed) return json({ number }, 200, { [REPLAYED_HEADER]: 'true' });
  return json({ number }, 201, { location: `/api/v1/purchase-orders/${encodeURIComponent(number)}` });
});
