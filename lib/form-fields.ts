// zod building blocks for values typed into forms (everything arrives as text)
// or sent as JSON: blanks mean "none", numbers are never coerced from garbage.
import { z } from 'zod';

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Text that may be left empty: blank becomes null. */
export const optionalText = (max: number) =>
  z.preprocess((v) => (blank(v) ? null : v), z.string().trim().max(max, `At most ${max} characters.`).nullable());

export const requiredText = (max: number, missing: string) => z.string({ message: missing }).trim().min(1, missing).max(max, `At most ${max} characters.`);

/** A checkbox or JSON boolean. Checkboxes send "on"/"true"; forms add a hidden "false" so unchecked is sent too. */
export const flag = z.union([z.boolean(), z.enum(['true', 'false', 'on']).transform((v) => v !== 'false')], { message: 'Choose yes or no.' });

// "12abc", "1e2" and "0x10" are refused rather than read as some other number.
const toWhole = (v: unknown) => (typeof v === 'string' ? (/^\s*-?\d{1,9}\s*$/.test(v) ? Number(v) : Number.NaN) : v);

/** A whole number from min to max. */
export const wholeNumber = (min: number, max: number, message = `Enter a whole number from ${min} to ${max}.`) =>
  z.preprocess(toWhole, z.number({ message }).int(message).min(min, message).max(max, message));

/** A whole number from min to max, or blank for none. */
export const optionalWholeNumber = (min: number, max: number, message?: string) =>
  z.preprocess((v) => (blank(v) ? null : v), wholeNumber(min, max, message).nullable());

/** A database id chosen from a list; blank is "none chosen". */
export const recordId = (missing: string) => z.preprocess((v) => (blank(v) ? undefined : toWhole(v)), z.number({ message: missing }).int(missing).positive(missing));
export const optionalRecordId = (message: string) => z.preprocess((v) => (blank(v) ? null : v), recordId(message).nullable());

/** An exact non-negative decimal as text (never a float): "0.42", "12". */
export const decimalText = (intDigits: number, decimals: number, message: string) =>
  z.preprocess((v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : v), z.string({ message }).trim().regex(new RegExp(`^\\d{1,${intDigits}}(\\.\\d{1,${decimals}})?$`), message));

/** For LIKE/ILIKE searches: the user's % and _ are literal characters, not wildcards. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/**
 * An optional date: a day (2026-04-30, meaning midnight UTC) or a moment
 * (2026-04-30T12:00:00Z); blank is none. A past date is taken: orders are also entered late.
 */
export const optionalDate = z.preprocess(
  (v) => (blank(v) ? null : v),
  z
    .string({ message: 'Enter a date such as 2026-04-30.' })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/, 'Enter a date such as 2026-04-30.')
    .transform((v, ctx) => {
      const date = new Date(v.length === 10 ? `${v}T00:00:00Z` : v);
      if (Number.isNaN(date.getTime()) || (v.length === 10 && date.toISOString().slice(0, 10) !== v)) {
        ctx.addIssue({ code: 'custom', message: 'Enter a date that exists.' });
        return z.NEVER;
      }
      return date;
    })
    .nullable(),
);
