// The ledger in one comparable line: entry and posting counts and a digest of
// every balance. Bad input must leave it exactly as it was.
import { db } from '../../../lib/db/client';

export async function ledgerState(): Promise<string> {
  const [row] = await db().$queryRaw<{ entries: bigint; groups: bigint; balances: string | null }[]>`
    SELECT (SELECT count(*) FROM "LedgerEntry") AS entries,
           (SELECT count(*) FROM "PostingGroup") AS groups,
           (SELECT md5(string_agg(id::text || ':' || quantity::text, ',' ORDER BY id)) FROM "StockBalance") AS balances`;
  return `${row.entries} entries, ${row.groups} postings, balances ${row.balances}`;
}
