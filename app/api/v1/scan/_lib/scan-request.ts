// What the scan endpoints take from a body: the operations' own fields, minus
// what the URL and a header carry (the session id, the Idempotency-Key), and
// the path segment naming a scan session.
import { DomainError } from '@/lib/errors';
import { resolveScanSchema } from '@/lib/scan/resolve-scan';
import { rollbackScanSchema } from '@/lib/scan/rollback-scan';
import { scanSessionSchema } from '@/lib/scan/scan-input';

export const resolveScanBody = resolveScanSchema;
/** Preview and commit: workflow, action, target, location, to and the scanned lines. */
export const scanSessionBody = scanSessionSchema.omit({ idempotencyKey: true });
export const rollbackScanBody = rollbackScanSchema.pick({ reason: true });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path segment that cannot name a scan session names none: 404, like an unknown id. */
export function sessionIdOf(segment: string): string {
  if (!UUID.test(segment)) throw new DomainError('NOT_FOUND', 'Scan session was not found.');
  return segment;
}
