// Input schemas for the item catalogue, shared by server actions, API and tests.
import { z } from 'zod';
import { decimalText, flag, optionalText, requiredText } from '../form-fields';

// SKUs end up in URLs, barcodes and CSV exports: keep them to characters that survive all three.
export const skuSchema = requiredText(64, 'Enter a SKU.').regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Use letters, digits, dots, dashes and underscores (start with a letter or digit).');

// Code 128 carries printable ASCII; a space would not survive most scanners' keyboard mode.
export const barcodeSchema = optionalText(128).refine((v) => v === null || /^[\x21-\x7e]+$/.test(v), 'Use printable characters without spaces.');

const itemFields = {
  name: requiredText(200, 'Enter a name.'),
  manufacturer: optionalText(120),
  mpn: optionalText(120),
  /** The part numbers distributors sell it under (a bag label names the part by one of these); text is split at commas. */
  supplierPartNumbers: z.preprocess(
    (v) => (v === undefined || v === null ? [] : typeof v === 'string' ? v.split(/[,;\n]/).map((x) => x.trim()).filter(Boolean) : v),
    z.array(z.string().trim().min(1).max(120, 'At most 120 characters each.'), { message: 'List part numbers separated by commas.' }).max(20, 'At most 20 supplier part numbers.'),
  ),
  kindCode: requiredText(32, 'Choose a kind.'),
  unitCode: requiredText(16, 'Choose a unit.'),
  // Blank cost is 0 (not yet known), as the column's default.
  standardCost: z.preprocess((v) => (v === undefined || v === null || v === '' ? '0' : v), decimalText(12, 6, 'Enter a cost such as 0.42 (at most 6 decimal places).')),
  // Blank means "use the default"; decimal places are checked against the unit in the operation.
  lowStockThreshold: z.preprocess((v) => (v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? null : v), decimalText(14, 6, 'Enter a quantity such as 25, or leave it empty.').nullable()),
  barcode: barcodeSchema,
};

export const createItemSchema = z.object({
  sku: skuSchema,
  ...itemFields,
  perishable: flag.default(false),
  active: flag.default(true),
});

// The SKU names the item and never changes (labels, ledger references and exports carry it).
export const updateItemSchema = z.object({
  sku: requiredText(64, 'Name the item to change.'),
  ...itemFields,
  // Absent flags stay as they are.
  perishable: flag.optional(),
  active: flag.optional(),
});

export const ITEM_STATUSES = ['active', 'inactive', 'all'] as const;

export const listItemsSchema = z.object({
  q: optionalText(100),
  kind: optionalText(32),
  status: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.enum(ITEM_STATUSES, { message: 'Choose active, inactive or all.' }).default('active')),
  /** Keyset cursor: the last SKU of the previous page. */
  after: optionalText(64),
  limit: z.preprocess((v) => (v === '' || v === null || v === undefined ? 50 : typeof v === 'string' ? Number(v) : v), z.number().int().min(1).max(200, 'At most 200 per page.')),
});

export type CreateItemInput = z.infer<typeof createItemSchema>;
export type UpdateItemInput = z.infer<typeof updateItemSchema>;
export type ListItemsInput = z.input<typeof listItemsSchema>;
