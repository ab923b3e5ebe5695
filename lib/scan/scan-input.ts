// What a scanning session sends to preview or commit: the workflow, its target
// and places, and the scanned lines (each a raw code, perhaps "25*CODE" or a
// distributor label, and an optional typed quantity).
import { z } from 'zod';

const optionalText = (max: number) => z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().trim().max(max, `At most ${max} characters.`).optional());

export const scanLineSchema = z.object({
  code: z.string({ message: 'Scan or type a code.' }).trim().min(1, 'Scan or type a code.').max(4000, 'This code is too long.'),
  quantity: z.preprocess((v) => (v === '' || v === null ? undefined : typeof v === 'number' ? String(v) : v), z.string().trim().max(30, 'Enter a quantity such as 25.').optional()),
});

export const scanSessionSchema = z.object({
  workflow: z.enum(['sales', 'production', 'general'], { message: 'Choose sales, production or general.' }),
  action: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.enum(['receive', 'move', 'consume', 'count'], { message: 'Choose receive, move, consume or count.' }).optional()),
  /** The sales order (sales) or work order / production run (production). */
  target: optionalText(60),
  /** Where stock leaves from, or the storage unit received into or counted. */
  location: optionalText(64),
  /** Move: the storage unit stock goes to. */
  to: optionalText(64),
  lines: z.array(scanLineSchema, { message: 'Scan at least one item.' }).min(1, 'Scan at least one item.').max(200, 'At most 200 lines in one session; accept these first.'),
  idempotencyKey: optionalText(200),
});

export type ScanSessionInput = z.infer<typeof scanSessionSchema>;
