// The reports' filters as typed into a GET form or a query string: every value
// is text, blank means "any", periods are whole UTC days (from and to both included).
import { z } from 'zod';
import { movementHistorySchema } from '../inventory/queries/movement-history';

const blankToUndefined = (v: unknown) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v);
const text = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max, `At most ${max} characters.`).optional());

const DAY_MESSAGE = 'Enter a date such as 2026-01-31.';
const isRealDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && d.getUTCFullYear() >= 1900 && d.getUTCFullYear() <= 9998;
};
const day = z.preprocess(blankToUndefined, z.string({ message: DAY_MESSAGE }).trim().regex(/^\d{4}-\d{2}-\d{2}$/, DAY_MESSAGE).refine(isRealDay, DAY_MESSAGE));

export const startOfDay = (d: string) => new Date(`${d}T00:00:00Z`);
export const startOfNextDay = (d: string) => new Date(startOfDay(d).getTime() + 86_400_000);

const period = { from: day, to: day };
// An empty range is almost always a typo; say so instead of printing an empty report.
const toNotBeforeFrom = (f: { from: string; to: string }, ctx: z.RefinementCtx) => {
  // Runs even when a date failed its own check (zod 4): compare real days only.
  const real = (d: unknown) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && isRealDay(d);
  if (real(f.from) && real(f.to) && f.to < f.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end date is before the start date.' });
};

export const movementAuditFilterSchema = z
  .object({ ...period, site: text(64), sku: text(64), type: movementHistorySchema.shape.type, user: text(320) })
  .superRefine(toNotBeforeFrom);

export const valuationFilterSchema = z.object({ asOf: day, site: text(64), sku: text(64) });

export const defectFilterSchema = z
  .object({
    ...period,
    product: text(64),
    action: z.preprocess(blankToUndefined, z.enum(['scrapped', 'reworked'], { message: 'Choose scrapped or reworked.' }).optional()),
  })
  .superRefine(toNotBeforeFrom);

export const configAuditFilterSchema = z.object({ ...period, actor: text(320), entity: text(60), action: text(80) }).superRefine(toNotBeforeFrom);

export type MovementAuditFilter = z.infer<typeof movementAuditFilterSchema>;
