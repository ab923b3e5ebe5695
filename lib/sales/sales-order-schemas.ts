// Input of the sales order operations, shared by the form actions, the API and tests.
import { z } from 'zod';
import { optionalRecordId, optionalText, requiredText, optionalDate } from '../form-fields';
import { SALES_ORDER_STATUSES_API } from './sales-order-status';

export const SALES_ORDER_LINES_MAX = 200;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

const expectedDate = optionalDate;

/** Checked against the item's unit (decimal places) by the operation, which knows the item. */
const quantityText = z.preprocess(
  (v) => (blank(v) ? undefined : typeof v === 'number' && Number.isFinite(v) ? String(v) : v),
  z.string({ message: 'Enter a quantity.' }).trim().max(30, 'Enter a quantity such as 25.'),
);

const orderLine = z.object({
  sku: requiredText(64, 'Enter a SKU, or remove the line.'),
  quantity: quantityText,
});

const orderLines = z.preprocess(
  (v) => (v === undefined || v === null ? [] : v),
  z
    .array(orderLine, { message: 'Send the lines as a list of {sku, quantity}.' })
    .min(1, 'Add at least one line.')
    .max(SALES_ORDER_LINES_MAX, `At most ${SALES_ORDER_LINES_MAX} lines.`)
    // One line per item (the table has one row per item): a repeated SKU is a typo or belongs in the first line's quantity.
    .superRefine((lines, ctx) => {
      const first = new Map<string, number>();
      lines.forEach((line, i) => {
        const key = line.sku.toUpperCase();
        const at = first.get(key);
        if (at === undefined) first.set(key, i);
        else ctx.addIssue({ code: 'custom', path: [i, 'sku'], message: `${line.sku} is already on line ${at + 1}; change that line’s quantity instead.` });
      });
    }),
);

export const createSalesOrderSchema = z.object({
  /** The customer's code. */
  partner: requiredText(32, 'Choose a customer.'),
  expectedAt: expectedDate,
  lines: orderLines,
  note: optionalText(500),
  /** Admins only: the department that ships the order (default: the creator's). */
  departmentId: optionalRecordId('Choose a department.'),
  idempotencyKey: optionalText(200),
});
export type CreateSalesOrderInput = z.input<typeof createSalesOrderSchema>;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess((v) => (blank(v) ? undefined : v), z.enum(values, { message }).optional());

export const listSalesOrdersSchema = z.object({
  status: optionalEnum(SALES_ORDER_STATUSES_API, `status is one of ${SALES_ORDER_STATUSES_API.join(', ')}.`),
  /** A customer's code. */
  partner: optionalText(32),
  /** Part of the order number or of the customer's code or name. */
  search: optionalText(100),
});

export const setSalesOrderStatusSchema = z.object({
  number: requiredText(40, 'Name the sales order.'),
  status: z.enum(SALES_ORDER_STATUSES_API, { message: `status is one of ${SALES_ORDER_STATUSES_API.join(', ')}.` }),
});
