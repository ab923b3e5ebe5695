// What the transit endpoints answer after posting: the document number with
// the posting group and its entries; 201 when posted now, 200 with
// Idempotent-Replayed: true when an Idempotency-Key repeat got the first answer
// (as POST /movements does).
import type { PostingResult } from '@/lib/inventory/posting/types';
import { json } from '../../_lib/respond';
import { REPLAYED_HEADER } from '../../movements/_lib/posting-response';

export const apiPosting = (posting: PostingResult) => ({ groupId: posting.groupId, entries: posting.entries });

export function transitPostingResponse(body: Record<string, unknown>, posting: PostingResult): Response {
  const answer = { ...body, ...apiPosting(posting) };
  return posting.replayed ? json(answer, 200, { [REPLAYED_HEADER]: 'true' }) : json(answer, 201);
}
