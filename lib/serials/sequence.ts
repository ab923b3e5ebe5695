// Named counters (work order numbers, serial numbers) handed out inside the
// caller's transaction. The counter row stays locked until that transaction
// ends, so concurrent callers take turns and numbers are gap-free: a committed
// number is never handed out again, and a rolled-back transaction gives its
// numbers back (nothing that carried them was ever committed).
import type { SqlClient } from '../db/transaction';

type Queryable = Pick<SqlClient, 'query'>;

/** Reserves `count` consecutive values of the counter; answers the first and the last. */
export async function nextSequenceValues(client: Queryable, name: string, count: number): Promise<{ first: number; last: number }> {
  if (!Number.isInteger(count) || count < 1) throw new Error(`sequence ${name}: count must be a positive integer, not ${count}`);
  const { rows } = await client.query(
    `INSERT INTO "Sequence" (name, last) VALUES ($1, $2)
     ON CONFLICT (name) DO UPDATE SET last = "Sequence".last + EXCLUDED.last
     RETURNING last`,
    [name, count],
  );
  const last: number = rows[0].last;
  return { first: last - count + 1, last };
}

export async function nextSequenceValue(client: Queryable, name: string): Promise<number> {
  return (await nextSequenceValues(client, name, 1)).last;
}
