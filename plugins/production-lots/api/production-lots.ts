// POST /api/v1/production-lots — plan a lot on the product's latest BOM:
// `{product, quantity, issueAt?, completionAt?, workOrder?, note?}` → 201 `{number}`;
// an Idempotency-Key repeat answers 200 with the first lot.
import { readIdempotencyKey } from '@/app/api/v1/_lib/idempotency-key';
import { readJsonBody } from '@/app/api/v1/_lib/request-body';
import { json } from '@/app/api/v1/_lib/respond';
import { withApiActor } from '@/app/api/v1/_lib/with-api-actor';
import { REPLAYED_HEADER } from '@/app/api/v1/movements/_lib/posting-response';
import { createProductionLot } from '../lib/create-production-lot';

const FIELDS = ['product', 'quantity', 'issueAt', 'completionAt', 'workOrder', 'note'];

/** The body's known fields; anything else (not an object at all) goes on for the domain to refuse. */
function lotFields(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  return Object.fromEntries(Object.entries(body).filter(([k]) => FIELDS.includes(k)));
}

export const postProductionLot = withApiActor(async (actor, request) => {
  const idempotencyKey = readIdempotencyKey(request);
  const body = lotFields(await readJsonBody(request));
  const input = typeof body === 'object' && body !== null ? { ...body, idempotencyKey: idempotencyKey ?? undefined } : body;
  const { number, replayed } = await createProductionLot(actor, input);
  if (replayed) return json({ number }, 200, { [REPLAYED_HEADER]: 'true' });
  return json({ number }, 201, { location: `/api/v1/production-lots/${encodeURIComponent(number)}` });
});
