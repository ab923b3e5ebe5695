// Input of the purchase order operations, shared by the form actions, the API and tests.
import { z } from 'zod';
import { optionalDate, optionalText, requiredText } from '../../../lib/form-fields';

export const PURCHASE_ORDER_LINES_MAX = 200;
export const PO_STATUSES_API = ['draft', 'placed', 'partially_received', 'received', 'cancelled'] as const;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Checked against the item's unit (decimal places) by the operation, which knows the item. */
const quantityText = z.preprocess(
  (v) => (blank(v) ? undefined : typeof v === 'number' && Number.isFinite(v) ? String(v) : v),
  z.string({ message: 'Enter a quantity.' }).trim().max(30, 'Enter a quantity such as 25.'),
);

const unitPrice = z.preprocess(
  (v) => (blank(v) ? undefined : typeof v === 'number' && Number.isFinite(v) ? String(v) : v),
  z.string({ message: 'Enter a unit price.' }).trim().regex(/^\d{1,12}(\.\d{1,6})?$/, 'Enter a price such as 0.42.'),
);

/** One line per item: a repeated SKU is a typo or belongs in the first line's quantity. */
const oneLinePerSku = <T extends { sku: string }>(lines: T[], ctx: z.RefinementCtx) => {
  const first = new Map<string, number>();
  lines.forEach((line, i) => {
    const key = line.sku.toUpperCase();
    const at = first.get(key);
    if (at === undefined) first.set(key, i);
    else ctx.addIssue({ code: 'custom', path: [i, 'sku'], message: `${line.sku} is already on line ${at + 1}; change that line’s quantity instead.` });
  });
};

const listOf = <T extends z.ZodType>(line: T, message: string) =>
  z.array(line, { message }).min(1, 'Add at least one line.').max(PURCHASE_ORDER_LINES_MAX, `At most ${PURCHASE_ORDER_LINES_MAX} lines.`);
const orNone = (v: unknown) => (v === undefined || v === null ? [] : v);

export const createPurchaseOrderSchema = z.object({
  /** The supplier's code. */
  supplier: requiredText(32, 'Choose a supplier.'),
  lines: z.preprocess(
    orNone,
    listOf(
      z.object({ sku: requiredText(64, 'Enter a SKU, or remove the line.'), quantity: quantityText, unitPrice, expectedAt: optionalDate }),
      'Send the lines as a list of {sku, quantity, unitPrice, expectedAt}.',
    ).superRefine(oneLinePerSku),
  ),
  status: z.preprocess((v) => (blank(v) ? 'placed' : v), z.enum(['draft', 'placed'], { message: 'status is draft or placed.' })),
  note: optionalText(500),
  idempotencyKey: optionalText(200),
});
export type CreatePurchaseOrderInput = z.input<typeof createPurchaseOrderSchema>;

export const receivePurchaseOrderSchema = z.object({
  number: requiredText(40, 'Name the purchase order.'),
  lines: z.preprocess(
    orNone,
    listOf(
      z.object({ sku: requiredText(64, 'Enter a SKU.'), quantity: quantityText, location: requiredText(64, 'Choose a storage unit.') }),
      'Send the lines as a list of {sku, quantity, location}.',
    ),
  ),
  idempotencyKey: optionalText(200),
});
export type ReceivePurchaseOrderInput = z.input<typeof receivePurchaseOrderSchema>;

export const listPurchaseOrdersSchema = z.object({
  status: z.preprocess((v) => (blank(v) ? undefined : v), z.enum(PO_STATUSES_API, { message: `status is one of ${PO_STATUSES_API.join(', ')}.` }).optional()),
  /** A supplier's code. */
  supplier: optionalText(32),
});

export const itemPurchasingSchema = z.object({
  sku: requiredText(64, 'Enter a SKU.'),
  reorderPoint: z.preprocess((v) => (blank(v) ? null : v), quantityText.nullable()),
  reorderQuantity: z.preprocess((v) => (blank(v) ? null : v), quantityText.nullable()),
  preferredSupplier: z.preprocess((v) => (blank(v) ? null : v), z.string().trim().max(32).nullable()),
});
