// The audit log's filters as typed into a GET form: every value is text, blank
// means "any", days are whole UTC days (from and to both included).
import { z } from 'zod';

const blankToUndefined = (v: unknown) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v);
const text = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max, `At most ${max} characters.`).optional());

const DAY_MESSAGE = 'Enter a date such as 2026-01-31.';
// "2026-02-30" matches the pattern but is no day; years stay where PostgreSQL and Date agree.
const isRealDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && d.getUTCFullYear() >= 1900 && d.getUTCFullYear() <= 9998;
};
const day = z.preprocess(blankToUndefined, z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, DAY_MESSAGE).refine(isRealDay, DAY_MESSAGE).optional());

export const auditFilterSchema = z
  .object({
    /** A user id, or part of a name or e-mail. */
    actor: text(320),
    entity: text(60),
    /** The action or its start: "user." finds every user action. */
    action: text(80),
    from: day,
    to: day,
    /** Part of the entity's id (a user id, an item id, a setting key). */
    q: text(100),
  })
  .superRefine((f, ctx) => {
    // An empty range is almost always a typo; say so instead of showing an empty log.
    if (f.from && f.to && f.to < f.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end date is before the start date.' });
  });

export type AuditFilter = z.infer<typeof auditFilterSchema>;
export type AuditFilterInput = z.input<typeof auditFilterSchema>;

export const startOfDay = (day: string) => new Date(`${day}T00:00:00Z`);
export const startOfNextDay = (day: string) => new Date(startOfDay(day).getTime() + 86_400_000);
