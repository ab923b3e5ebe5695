import { beforeAll, describe, expect, it, vi } from 'vitest';
import { demoActor } from '../../../scripts/test/actors';
import { freshSite } from '../../../scripts/test/locations';
import { freshItem } from '../../../scripts/test/stock';
import { pool } from '../../db/pool';
import type { Actor } from '../../roles/actor';
import { receiveStock } from '../movements/receive-stock';
import { closeTransit } from './close-transit';
import { getTransit } from './get-transit';
import { listTransits, type TransitSummary } from './list-transits';
import { receiveTransit } from './receive-transit';
import { shipToSite } from './ship-to-site';

// One database per file: these are all the transit documents there are.
let admin: Actor;
let lead: Actor;
const doc: Record<'short' | 'received' | 'partial' | 'outbound' | 'inbound' | 'foreign' | 'fresh', string> = {} as never;

async function allPages(actor: Actor, input: unknown, limit: number): Promise<TransitSummary[]> {
  const out: TransitSummary[] = [];
  let cursor: string | null = null;
  do {
    const page = await listTransits(actor, input, { limit, cursor });
    expect(page.data.length).toBeLessThanOrEqual(limit);
    out.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

beforeAll(async () => {
  admin = await demoActor.admin();
  lead = await demoActor.teamLead(); // Electronics Production: CHI and MKE
  const sku = await freshItem('TL');
  await receiveStock(lead, { sku, to: 'CHI', quantity: 100 });
  const ship = async (from: string, to: string, quantity: number, actor = lead) => (await shipToSite(actor, { sku, from, to, quantity })).number;

  doc.short = await ship('CHI', 'MKE', 10);
  await receiveTransit(lead, { number: doc.short, quantity: 7 });
  await closeTransit(lead, { number: doc.short, reason: 'three lost' });
  doc.received = await ship('CHI', 'MKE-QA', 5);
  await receiveTransit(lead, { number: doc.received, quantity: 5 });
  doc.partial = await ship('CHI', 'MKE', 8);
  await receiveTransit(lead, { number: doc.partial, quantity: 3, location: 'MKE-LINE-1' });

  // Another department's sites: the lead sees a document when either end is its own.
  const [dock, yard] = [await freshSite('Logistics', 'LOGA'), await freshSite('Logistics', 'LOGB')];
  await receiveStock(admin, { sku, to: dock, quantity: 20 });
  doc.outbound = await ship('CHI', dock, 4, admin);
  doc.inbound = await ship(dock, 'MKE', 6, admin);
  doc.foreign = await ship(dock, yard, 2, admin);
  doc.fresh = await ship('CHI', 'MKE', 1);
});

describe('listTransits', () => {
  it('lists open documents first (newest first), then closed ones (last closed first), with totals from the ledger', async () => {
    const { data, nextCursor } = await listTransits(admin);
    expect(nextCursor).toBeNull();
    expect(data.map((t) => t.number)).toEqual([doc.fresh, doc.foreign, doc.inbound, doc.outbound, doc.partial, doc.received, doc.short]);
    const byNumber = new Map(data.map((t) => [t.number, t]));
    expect(byNumber.get(doc.short)).toMatchObject({ status: 'closed_short', shipped: '10', received: '7', writtenOff: '3', remaining: '0', from: 'CHI', to: 'MKE', via: 'MKE-TRANSIT', unit: 'pcs' });
    expect(byNumber.get(doc.received)).toMatchObject({ status: 'received', shipped: '5', received: '5', writtenOff: '0', remaining: '0', closedAt: expect.any(String) });
    expect(byNumber.get(doc.partial)).toMatchObject({ status: 'partially_received', shipped: '8', received: '3', remaining: '5', closedAt: null });
    expect(byNumber.get(doc.fresh)).toMatchObject({ status: 'in_transit', shipped: '1', received: '0', remaining: '1' });
    // The same figures as the document itself.
    for (const t of data) {
      const { closedAt: _, ...summary } = t;
      expect(await getTransit(admin, t.number)).toEqual(summary);
    }
  });

  it('reads the whole page, totals included, in one query', async () => {
    const query = vi.spyOn(pool(), 'query');
    try {
      await listTransits(admin, {}, { limit: 5 });
      expect(query).toHaveBeenCalledTimes(1);
    } finally {
      query.mockRestore();
    }
  });

  it('pages with a cursor across the open/closed boundary without repeats or gaps', async () => {
    const everything = (await listTransits(admin)).data.map((t) => t.number);
    for (const limit of [1, 2, 3, 4]) expect((await allPages(admin, {}, limit)).map((t) => t.number), `limit ${limit}`).toEqual(everything);
  });

  it('filters by state', async () => {
    expect((await allPages(admin, { state: 'open' }, 2)).map((t) => t.number)).toEqual([doc.fresh, doc.foreign, doc.inbound, doc.outbound, doc.partial]);
    expect((await listTransits(admin, { state: 'closed' })).data.map((t) => t.number)).toEqual([doc.received, doc.short]);
    expect((await listTransits(admin, { state: '' })).data).toHaveLength(7);
    await expect(listTransits(admin, { state: 'lost' })).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { state: expect.any(String) } });
  });

  it('shows a non-Admin the documents with either end in its department, like getTransit', async () => {
    const seen = (await allPages(lead, {}, 2)).map((t) => t.number);
    expect(seen).toEqual([doc.fresh, doc.inbound, doc.outbound, doc.partial, doc.received, doc.short]);
    await expect(getTransit(lead, doc.foreign)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Members read the list too (inventory.view).
    expect((await listTransits(await demoActor.member(), { state: 'open' })).data.map((t) => t.number)).toEqual([doc.fresh, doc.inbound, doc.outbound, doc.partial]);
  });

  it('refuses a cursor it did not make', async () => {
    const bad = (keys: unknown) => Buffer.from(JSON.stringify(keys)).toString('base64url');
    for (const cursor of ['bm90IGEgY3Vyc29y', bad(['', 'x']), bad(['yesterday', 3]), bad([1, 2]), bad(['', 1.5]), bad(['2026-01-01T00:00:00.000000'])]) {
      await expect(listTransits(admin, {}, { cursor }), cursor).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { cursor: expect.any(String) } });
    }
    await expect(listTransits(admin, {}, { limit: 0 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
