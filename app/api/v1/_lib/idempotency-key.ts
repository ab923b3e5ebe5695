// The optional `Idempotency-Key` header, passed to domain operations that post
// stock so a retried request is applied once. Checked here so a bad key is a
// clear 422 rather than a database error later.
import { invalid } from '@/lib/errors';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const IDEMPOTENCY_KEY_MAX_LENGTH = 200;

// Visible ASCII, inner spaces allowed (Headers already trims the ends).
const KEY = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

export function readIdempotencyKey(request: Request): string | null {
  const key = request.headers.get(IDEMPOTENCY_KEY_HEADER);
  if (key === null) return null;
  if (key.length > IDEMPOTENCY_KEY_MAX_LENGTH || !KEY.test(key)) {
    throw invalid(IDEMPOTENCY_KEY_HEADER, `${IDEMPOTENCY_KEY_HEADER} must be 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} printable ASCII characters.`);
  }
  return key;
}
