// Input schemas for item kinds and units of measure.
import { z } from 'zod';
import { flag, requiredText, wholeNumber } from '../form-fields';

// Kind codes are keys other records and plugins refer to: one spelling, lower-case.
const kindCode = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  requiredText(32, 'Enter a code.').regex(/^[a-z][a-z0-9-]*$/, 'Use lower-case letters, digits and dashes, like pcb.'),
);

export const createItemKindSchema = z.object({
  code: kindCode,
  name: requiredText(60, 'Enter a name.'),
  serialTracked: flag.default(false),
});

export const renameItemKindSchema = z.object({
  code: requiredText(32, 'Name the kind to rename.'),
  name: requiredText(60, 'Enter a name.'),
});

export const createUnitSchema = z.object({
  code: requiredText(16, 'Enter a code.').regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'Use letters, digits, dashes and underscores, like pcs.'),
  name: requiredText(60, 'Enter a name.'),
  // numeric(20,6) holds six decimal places, no more.
  decimals: wholeNumber(0, 6, 'Enter 0 to 6 decimal places.'),
});
