// Transit operations write their document and their posting in one
// transaction. A repeated idempotency key must answer with the first result and
// leave nothing behind: the posting function reports a replay (or, when the
// first request commits while this one waits, a unique-key clash), and this
// rolls the transaction back and answers with what was posted first.
import { inTransaction, pgCode, type SqlClient } from '../../db/transaction';
import type { Actor } from '../../roles/actor';
import { replayIfKnown } from '../posting/post-stock';
import type { PostingHeader, PostingResult } from '../posting/types';

class Replayed extends Error {}

/** Call inside the transaction after posting: a replayed posting undoes the transaction's other writes. */
export function refuseReplay(posted: PostingResult): void {
  if (posted.replayed) throw new Replayed();
}

export async function inReplaySafeTransaction<T>(actor: Actor, header: PostingHeader, work: (client: SqlClient) => Promise<T>, onReplay: (first: PostingResult) => Promise<T>): Promise<T> {
  const first = await replayIfKnown(actor, { header });
  if (first) return onReplay(first);
  try {
    return await inTransaction(work);
  } catch (e) {
    const clash = pgCode(e) === '23505' && ((e as { constraint?: string }).constraint ?? '').includes('idempotencyKey');
    if (!(e instanceof Replayed) && !clash) throw e;
    const replay = await replayIfKnown(actor, { header });
    if (!replay) throw e;
    return onReplay(replay);
  }
}
