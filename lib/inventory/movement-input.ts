// Input shared by stock movements. Quantities arrive as text or numbers and are
// checked against the item's decimal places once the item is known.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { invalid } from '../errors';
import { parseQuantity, type Qty } from './quantity';
import type { ResolvedItem } from './resolve';

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters.`);
const optionalText = (max: number) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), text(max).optional());

export const skuField = text(64).min(1, 'Enter a SKU.');
export const locationField = text(64).min(1, 'Choose a location.');
export const quantityField = z.union([z.string(), z.number()], { message: 'Enter a quantity.' });

export const referenceSchema = z
  .object({ kind: text(40).min(1), id: optionalText(100), number: optionalText(100) })
  .optional()
  .nullable();

export const commonFields = {
  note: optionalText(500),
  reference: referenceSchema,
  idempotencyKey: optionalText(200),
};

export const reasonField = z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string({ message: 'Give a reason.' }).min(1, 'Give a reason.').max(500));

/** A positive quantity in the item's unit. */
export function positiveQuantity(item: ResolvedItem, raw: unknown, field = 'quantity'): Qty {
  const parsed = parseQuantity(raw, item.decimals);
  if (!parsed.ok) throw invalid(field, parsed.reason);
  if (parsed.value <= 0n) throw invalid(field, 'Enter a quantity above zero.');
  return parsed.value;
}

export function requestHash(kind: string, input: unknown): string {
  const { idempotencyKey: _, ...rest } = (input ?? {}) as Record<string, unknown>;
  return createHash('sha256').update(JSON.stringify([kind, rest])).digest('hex');
}

export const optionalDate = z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.date({ message: 'Enter a valid date.' }).optional());
export const optionalCost = z.preprocess(
  (v) => (v === '' || v === null ? undefined : typeof v === 'number' ? String(v) : v),
  z.string().regex(/^\d{1,12}(\.\d{1,6})?$/, 'Enter a cost such as 0.42.').optional(),
);
