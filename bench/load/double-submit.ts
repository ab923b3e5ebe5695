// One request sent many times at once with the same Idempotency-Key, spread
// over the instances: exactly one posting, one "created" answer, and every
// other answer a replay of it.
import { randomUUID } from 'node:crypto';

export interface DoubleSubmitResult {
  label: string;
  failures: string[];
}

export async function sameKeyAtOnce(label: string, urls: string[], token: string, path: string, body: unknown, times: number, countPostings: () => Promise<number>): Promise<DoubleSubmitResult> {
  const key = `double-${randomUUID()}`;
  const before = await countPostings();
  const answers = await Promise.all(
    Array.from({ length: times }, async (_, i) => {
      const res = await fetch(urls[i % urls.length] + path, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, replayed: res.headers.get('idempotent-replayed') === 'true', groupId: res.ok ? (JSON.parse(text).groupId as string) : null, text };
    }),
  );
  const failures: string[] = [];
  const created = answers.filter((a) => a.status === 201);
  const replays = answers.filter((a) => a.status === 200 && a.replayed);
  const groups = new Set(answers.map((a) => a.groupId));
  const posted = (await countPostings()) - before;
  if (created.length !== 1) failures.push(`${label}: ${created.length} answers were 201 Created (expected exactly 1)`);
  if (replays.length !== times - 1) {
    const other = answers.find((a) => !(a.status === 200 && a.replayed) && a.status !== 201);
    failures.push(`${label}: ${replays.length} of ${times - 1} repeats answered as replays${other ? ` (e.g. HTTP ${other.status}: ${other.text.slice(0, 200)})` : ''}`);
  }
  if (groups.size !== 1) failures.push(`${label}: the answers name ${groups.size} different postings`);
  if (posted !== 1) failures.push(`${label}: ${posted} postings in the ledger (expected 1)`);
  return { label, failures };
}
