// Turns schema failures into INVALID_INPUT with a message per field.
import type { z } from 'zod';
import { DomainError } from './errors';

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    out[key] ??= issue.message;
  }
  return out;
}

/** Fields of parsed input holding NUL (U+0000), which PostgreSQL text cannot store. */
function fieldsWithNul(value: unknown, path: string[] = [], out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push(path.join('.') || '_form');
  } else if (Array.isArray(value)) value.forEach((v, i) => fieldsWithNul(v, [...path, String(i)], out));
  else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) fieldsWithNul(v, [...path, k], out);
  }
  return out;
}

export const NUL_MESSAGE = 'Remove the NUL character (U+0000) from this field.';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) {
    // Refused beside the field here rather than failing in the database with a 500.
    const nul = fieldsWithNul(result.data);
    if (nul.length) throw new DomainError('INVALID_INPUT', NUL_MESSAGE, Object.fromEntries(nul.map((f) => [f, NUL_MESSAGE])));
    return result.data;
  }
  const fieldErrors = fieldErrorsOf(result.error);
  const first = Object.values(fieldErrors)[0] ?? 'Check the highlighted fields.';
  throw new DomainError('INVALID_INPUT', Object.keys(fieldErrors).length > 1 ? 'Check the highlighted fields.' : first, fieldErrors);
}
