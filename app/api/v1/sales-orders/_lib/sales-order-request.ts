// What POST /api/v1/sales-orders takes from the body: the fields below, passed
// to createSalesOrder as sent (it validates them). The Idempotency-Key comes
// from its header only.
import { createSalesOrderSchema } from '@/lib/sales/sales-order-schemas';

export const createSalesOrderBody = createSalesOrderSchema.pick({ partner: true, expectedAt: true, lines: true, note: true, departmentId: true });

const FIELDS = Object.keys(createSalesOrderBody.shape);

/** The body's known fields; anything else (not an object at all) goes on for the domain to refuse. */
export function salesOrderFields(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  return Object.fromEntries(Object.entries(body).filter(([k]) => FIELDS.includes(k)));
}

/** A path segment that cannot name a sales order names none: 404, like an unknown number. */
export const SALES_ORDER_NUMBER = /^[A-Za-z0-9-]{1,40}$/;
