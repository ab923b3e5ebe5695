// A posted movement as the API answers it: 201 when it was posted now, 200
// with the same body (and Idempotent-Replayed: true) when an Idempotency-Key
// repeat was answered with the first posting.
import type { PostingResult } from '@/lib/inventory/posting/types';
import { json } from '../../_lib/respond';

export const REPLAYED_HEADER = 'Idempotent-Replayed';

export function postingResponse(posting: PostingResult): Response {
  const body = { groupId: posting.groupId, entries: posting.entries };
  return posting.replayed ? json(body, 200, { [REPLAYED_HEADER]: 'true' }) : json(body, 201);
}
