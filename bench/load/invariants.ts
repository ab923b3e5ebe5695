// What must hold after a load run, checked against the database: the ledger
// agrees with the balances, nothing is below zero where it may not be, each
// item's on-hand is its opening stock plus what the clients saw acknowledged,
// every acknowledged operation is in the ledger exactly once under its key,
// every rejected one left nothing, and nothing else was posted.
import pg from 'pg';
import { verifyLedger } from '../../lib/inventory/verify-ledger';
import type { Outcome } from './clients';

export interface InvariantReport {
  failures: string[];
  checked: number;
  /** Operations without a definite answer, and how many of them did post. */
  unknown: number;
  unknownPosted: number;
}

const isScan = (o: Outcome) => o.op.kind.startsWith('scan');

/** The posting group each key produced: scan commits record the key on their session, movements on their group. */
async function groupsByKey(client: pg.Client, actorId: number, keys: string[]): Promise<Map<string, { groupId: string; entries: number }>> {
  const { rows } = await client.query(
    `SELECT k.key, coalesce(g.id, s."groupId")::text AS group_id,
            (SELECT count(*) FROM "LedgerEntry" e WHERE e."groupId" = coalesce(g.id, s."groupId"))::int AS entries
       FROM unnest($2::text[]) AS k(key)
       LEFT JOIN "PostingGroup" g ON g."actorId" = $1 AND g."idempotencyKey" = k.key
       LEFT JOIN "ScanSession" s ON s."actorId" = $1 AND s."idempotencyKey" = k.key
      WHERE g.id IS NOT NULL OR s.id IS NOT NULL`,
    [actorId, keys],
  );
  return new Map(rows.map((r) => [r.key, { groupId: r.group_id, entries: r.entries }]));
}

export async function countPostings(client: Pick<pg.Client, 'query'>): Promise<number> {
  return (await client.query('SELECT count(*)::int AS n FROM "PostingGroup"')).rows[0].n;
}

export async function checkInvariants(databaseUrl: string, actorId: number, opening: Map<string, number>, outcomes: Outcome[], groupsBefore: number): Promise<InvariantReport> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const failures: string[] = [];
  try {
    const ledger = await verifyLedger(client);
    if (ledger.differences.length) failures.push(`ledger:verify: ${ledger.differences.length} lot(s) where the cached balance differs from the ledger`);
    if (ledger.negative) failures.push(`ledger:verify: ${ledger.negative} lot(s) below zero`);

    const posted = await groupsByKey(client, actorId, outcomes.map((o) => o.key));
    const expected = new Map(opening);
    let unknownPosted = 0;
    for (const o of outcomes) {
      const found = posted.get(o.key);
      if (o.result === 'acknowledged') {
        if (!found) failures.push(`acknowledged ${o.op.kind} ${o.key} is not in the ledger`);
        else if (found.groupId !== o.groupId) failures.push(`acknowledged ${o.op.kind} ${o.key} answered group ${o.groupId} but the ledger has ${found.groupId}`);
        else if (!isScan(o) && found.entries !== o.entryCount) failures.push(`acknowledged ${o.op.kind} ${o.key}: ${o.entryCount} entries answered, ${found.entries} in the ledger`);
      } else if (o.result === 'rejected' && found) failures.push(`rejected ${o.op.kind} ${o.key} (HTTP ${o.httpStatus}) left posting ${found.groupId} behind`);
      if (o.result === 'unknown' && found) unknownPosted++;
      if (found) expected.set(o.op.sku, (expected.get(o.op.sku) ?? 0) + o.op.onHandChange);
    }

    const { rows } = await client.query(
      `SELECT i.sku, coalesce(sum(b.quantity), 0)::float8 AS on_hand FROM "Item" i LEFT JOIN "StockBalance" b ON b."itemId" = i.id WHERE i.sku = ANY($1) GROUP BY i.sku`,
      [[...expected.keys()]],
    );
    for (const r of rows) {
      if (Math.abs(r.on_hand - expected.get(r.sku)!) > 1e-9) failures.push(`${r.sku}: on hand ${r.on_hand}, expected ${expected.get(r.sku)} (opening + acknowledged operations)`);
    }

    const since = (await countPostings(client)) - groupsBefore;
    if (since !== posted.size) failures.push(`${since} postings since the run started, but ${posted.size} operations of the clients posted`);

    return { failures, checked: outcomes.length, unknown: outcomes.filter((o) => o.result === 'unknown').length, unknownPosted };
  } finally {
    await client.end();
  }
}
