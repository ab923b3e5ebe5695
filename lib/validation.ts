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

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors = fieldErrorsOf(result.error);
  const first = Object.values(fieldErrors)[0] ?? 'Check the highlighted fields.';
  throw new DomainError('INVALID_INPUT', Object.keys(fieldErrors).length > 1 ? 'Check the highlighted fields.' : first, fieldErrors);
}
