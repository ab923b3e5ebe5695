// Input of the production lot operations, shared by the forms, the API and tests.
import { z } from 'zod';
import { optionalDate, optionalText, requiredText } from '../../../lib/form-fields';

export const LOT_STATUSES = ['PLANNED', 'RELEASED', 'IN_PROGRESS', 'COMPLETED', 'CLOSED'] as const;
export type LotStatus = (typeof LOT_STATUSES)[number];
/** Lowercase in URLs and the API, like the other status filters. */
export const LOT_STATUSES_API = ['planned', 'released', 'in_progress', 'completed', 'closed'] as const;
export type LotStatusApi = (typeof LOT_STATUSES_API)[number];
export const lotStatusApi = (s: LotStatus) => s.toLowerCase() as LotStatusApi;

const quantity = z.union([z.string(), z.number()], { message: 'Enter a quantity.' });
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export const createLotSchema = z.object({
  product: requiredText(64, 'Choose a product.'),
  // Checked against the product's unit once it is known.
  quantity,
  issueAt: optionalDate,
  completionAt: optionalDate,
  workOrder: optionalText(40),
  note: optionalText(500),
  idempotencyKey: optionalText(200),
});
export type CreateLotInput = z.input<typeof createLotSchema>;

export const lotNumberSchema = z.object({ number: requiredText(40, 'Name the production lot.') });

export const issueMaterialsSchema = z.object({
  number: requiredText(40, 'Name the production lot.'),
  location: requiredText(64, 'Choose a storage unit.'),
  /** Without lines: what is still to issue of every component. */
  lines: z.preprocess(
    (v) => (blank(v) ? undefined : v),
    z.array(z.object({ sku: requiredText(64, 'Enter a SKU.'), quantity }), { message: 'Give the lines as a list.' }).min(1, 'Name at least one line.').max(500).optional(),
  ),
});

export const completeLotSchema = z.object({
  number: requiredText(40, 'Name the production lot.'),
  /** Where the output is received; not asked of a lot made on a work order (QA approval received it). */
  location: optionalText(64),
  /** Without a quantity: the lot's quantity. */
  quantity: z.preprocess((v) => (blank(v) ? undefined : v), quantity.optional()),
});

export const listLotsSchema = z.object({
  status: z.preprocess((v) => (blank(v) ? undefined : typeof v === 'string' ? v.toLowerCase() : v), z.enum(LOT_STATUSES_API, { message: `status is one of ${LOT_STATUSES_API.join(', ')}.` }).optional()),
});
