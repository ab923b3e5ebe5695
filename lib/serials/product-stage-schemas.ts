// Input of the product stage editor (Admin > Products > stages).
import { z } from 'zod';
import { flag, optionalRecordId, requiredText } from '../form-fields';
import { checkSerialPattern } from './serial-pattern';

export const STAGE_NAME_MAX = 40;
export const STAGES_MAX = 30;

// Control characters would print as nothing on labels and screens.
const stageName = requiredText(STAGE_NAME_MAX, 'Name the stage.').regex(/^[^\p{Cc}]*$/u, 'Use printable characters.');

export const stageInputSchema = z.object({
  /** An existing stage kept (and perhaps renamed); without it a stage of the same name is kept, else a new one added. */
  id: optionalRecordId('Choose a stage of this product.'),
  name: stageName,
  optional: flag.default(false),
});

// Left out: the pattern stays; blank or null: back to the default.
const serialPatternField = z
  .string({ message: 'Enter a pattern such as {SKU}-{YYYY}-{SEQ:6}.' })
  .max(200, 'At most 60 characters.')
  .nullable()
  .optional()
  .superRefine((v, ctx) => {
    if (!v?.trim()) return;
    const check = checkSerialPattern(v);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.reason });
  })
  .transform((v) => (v === undefined ? undefined : v === null || !v.trim() ? null : checkSerialPattern(v).ok ? v.trim().toUpperCase() : null));

export const setProductStagesSchema = z.object({
  sku: requiredText(64, 'Name the product.'),
  stages: z
    .array(stageInputSchema, { message: 'List the stages.' })
    .min(1, 'Give the product at least one stage.')
    .max(STAGES_MAX, `At most ${STAGES_MAX} stages.`)
    .superRefine((stages, ctx) => {
      // Stages are told apart by name on screens, labels and in the serial history.
      const seen = new Set<string>();
      stages.forEach((s, i) => {
        const key = s.name.toLowerCase();
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `${s.name} is listed twice.` });
        seen.add(key);
      });
    }),
  serialPattern: serialPatternField,
});

export type SetProductStagesInput = z.input<typeof setProductStagesSchema>;
