// Input of the BOM operations, shared by the forms, the API, the CSV import and tests.
import { z } from 'zod';
import { optionalText, requiredText } from '../../../lib/form-fields';

export const BOM_MAX_LINES = 500;
/** Kinds of item that are built from components (the others are bought or are bare boards). */
export const BUILT_KINDS = ['assembly', 'product', 'pcba', 'panel'] as const;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Alternates as a list, or one text with `;` (or `,`) between SKUs. */
const alternates = z.preprocess(
  (v) => (blank(v) ? [] : typeof v === 'string' ? v.split(/[;,]/).map((s) => s.trim()).filter(Boolean) : v),
  z.array(z.string({ message: 'Name alternates by SKU.' }).trim().min(1).max(64, 'At most 64 characters.'), { message: 'Name alternates by SKU, separated by ;.' }).max(20, 'At most 20 alternates.'),
);

export const bomLineSchema = z.object({
  sku: requiredText(64, 'Enter a component SKU.'),
  // Checked against the component's unit once it is known.
  quantityPer: z.union([z.string(), z.number()], { message: 'Enter a quantity per unit.' }),
  designators: optionalText(2000),
  alternates,
});

export const saveBomSchema = z.object({
  product: requiredText(64, 'Choose a product.'),
  lines: z.array(bomLineSchema, { message: 'Give the lines as a list.' }).min(1, 'A BOM needs at least one line.').max(BOM_MAX_LINES, `At most ${BOM_MAX_LINES} lines.`),
  note: optionalText(500),
});

export type SaveBomInput = z.input<typeof saveBomSchema>;
export type BomLineInput = z.input<typeof bomLineSchema>;
