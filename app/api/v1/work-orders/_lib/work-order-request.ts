// What POST /api/v1/work-orders takes from the body: the fields below, passed
// to createWorkOrder as sent (it validates them). The Idempotency-Key comes
// from its header only; assignees are set on the portal's form.
import { createWorkOrderSchema } from '@/lib/serials/work-order-schemas';

export const createWorkOrderBody = createWorkOrderSchema.pick({ product: true, quantity: true, team: true, dueAt: true, note: true });

const FIELDS = Object.keys(createWorkOrderBody.shape);

/** The body's known fields; anything else (not an object at all) goes on for the domain to refuse. */
export function workOrderFields(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  return Object.fromEntries(Object.entries(body).filter(([k]) => FIELDS.includes(k)));
}

/** A path segment that cannot name a work order names none: 404, like an unknown number. */
export const WORK_ORDER_NUMBER = /^[A-Za-z0-9-]{1,40}$/;
