// What POST /counts/{id}/post answers: the count and its posting group (null
// when nothing differed); 201 when posted now, 200 with Idempotent-Replayed:
// true when an Idempotency-Key repeat got the first answer (as the transits do).
import type { PostedCount } from '@/lib/inventory/counts/post-count';
import { json } from '../../_lib/respond';
import { REPLAYED_HEADER } from '../../movements/_lib/posting-response';
import { apiPosting } from '../../transits/_lib/transit-response';

export function countPostingResponse({ id, number, posting }: PostedCount): Response {
  const answer = { id, number, posting: posting ? apiPosting(posting) : null };
  return posting?.replayed ? json(answer, 200, { [REPLAYED_HEADER]: 'true' }) : json(answer, 201);
}
