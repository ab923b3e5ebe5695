// A path segment that cannot name a serial number names none: 404, like an
// unknown serial (rather than a 422 on a `serial` field the client never sent).
import { DomainError } from '@/lib/errors';
import { SERIAL_MAX } from '@/lib/serials/serial-pattern';

export function serialOf(segment: string): string {
  if (!segment.trim() || segment.length > SERIAL_MAX || /[\x00-\x1f\x7f]/.test(segment)) {
    throw new DomainError('NOT_FOUND', `Serial number ${segment.trim().slice(0, SERIAL_MAX)} was not found.`);
  }
  return segment;
}
