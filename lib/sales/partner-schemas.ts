// Input of the partner (customer) operations, shared by the form actions, the API and tests.
import { z } from 'zod';
import { optionalText, requiredText } from '../form-fields';

export const PARTNER_KINDS_API = ['customer', 'supplier'] as const;
export type PartnerKindApi = (typeof PARTNER_KINDS_API)[number];
export type PartnerKind = 'CUSTOMER' | 'SUPPLIER';
export const partnerKindApi = (kind: PartnerKind): PartnerKindApi => (kind === 'SUPPLIER' ? 'supplier' : 'customer');

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

// Codes are printed on paperwork and typed into scanners: one spelling, upper-case.
const partnerCode = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
  requiredText(32, 'Enter a code.').regex(/^[A-Z0-9_-]+$/, 'Use letters, digits, dashes and underscores, like ACME-01.'),
);

export const createPartnerSchema = z.object({
  code: partnerCode,
  name: requiredText(120, 'Enter a name.'),
  kind: z.preprocess((v) => (blank(v) ? 'customer' : v), z.enum(PARTNER_KINDS_API, { message: 'kind is customer or supplier.' })),
});
export type CreatePartnerInput = z.input<typeof createPartnerSchema>;

export const listPartnersSchema = z.object({
  kind: z.preprocess((v) => (blank(v) ? undefined : v), z.enum(PARTNER_KINDS_API, { message: 'kind is customer or supplier.' }).optional()),
  /** Part of the code or the name. */
  search: optionalText(100),
});
