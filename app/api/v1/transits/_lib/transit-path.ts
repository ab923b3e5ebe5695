// A path segment that cannot name a transit document names none: 404, like an unknown number.
import { DomainError } from '@/lib/errors';

const NUMBER = /^[A-Za-z0-9-]{1,40}$/;

export function transitNumberOf(segment: string): string {
  if (!NUMBER.test(segment)) throw new DomainError('NOT_FOUND', `Transit ${segment.slice(0, 40)} was not found.`);
  return segment;
}
