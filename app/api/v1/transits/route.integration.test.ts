import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { receiveStock } from '@/lib/inventory/movements/receive-stock';
import { closeTransit } from '@/lib/inventory/transit/close-transit';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf } from '@/scripts/test/api';
import { freshItem, lotsOf } from '@/scripts/test/stock';
import { GET, POST } from './route';

let admin: string;
let lead: string;
let member: string;
beforeAll(async () => {
  admin = await bearerOf(await demoActor.admin());
  lead = await bearerOf(await demoActor.teamLead());
  member = await bearerOf(await demoActor.member());
});

const ship = (body: unknown, options: { authorization?: string | null; key?: string } = {}) =>
  POST(
    apiRequest('POST', '/transits', {
      authorization: options.authorization === null ? undefined : (options.authorization ?? lead),
      body,
      headers: options.key === undefined ? {} : { 'Idempotency-Key': options.key },
    }),
  );
const list = (query = '', authorization: string | null = lead) => GET(apiRequest('GET', `/transits${query}`, { authorization: authorization ?? undefined }));

async function stocked(quantity = 10): Promise<string> {
  const sku = await freshItem('APT');
  await receiveStock(await demoActor.admin(), { sku, to: 'CHI-A-01-B1', quantity });
  return sku;
}

async function shipped(res: Response, status = 201) {
  expect(res.status, await res.clone().text()).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/json');
  const body = await res.json();
  expect(Object.keys(body).sort()).toEqual(['entries', 'groupId', 'number']);
  return body as { number: string; groupId: string; entries: Record<string, string>[] };
}

describe('POST /api/v1/transits', () => {
  it('ships into the destination site\'s transit unit on a new document and answers 201', async () => {
    const sku = await stocked();
    const body = await shipped(await ship({ sku, from: 'CHI-A-01-B1', to: 'MKE-QA', quantity: '4', note: 'truck 7' }));
    expect(body.number).toMatch(/^TRN-\d{6}$/);
    expect(body.entries).toEqual([
      { entryType: 'TRANSFER_OUT', sku, location: 'CHI-A-01-B1', batch: '#0001', status: 'available', quantity: '-4', balanceBefore: '10', balanceAfter: '6' },
      { entryType: 'TRANSFER_IN', sku, location: 'MKE-TRANSIT', batch: '#0001', status: 'available', quantity: '4', balanceBefore: '0', balanceAfter: '4' },
    ]);
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0001': '6' }, 'MKE-TRANSIT': { '#0001': '4' } });
  });

  it('answers 422 naming the field, and ships nothing', async () => {
    const sku = await stocked();
    const good = { sku, from: 'CHI-A-01-B1', to: 'MKE-QA', quantity: 1 };
    const cases: [string, unknown, string][] = [
      ['missing SKU', { ...good, sku: undefined }, 'sku'],
      ['unknown SKU', { ...good, sku: 'NO-SUCH-SKU' }, 'sku'],
      ['missing source', { ...good, from: '' }, 'from'],
      ['unknown destination', { ...good, to: 'NOWHERE-1' }, 'to'],
      ['same site', { ...good, to: 'CHI-A-01-B2' }, 'to'],
      ['zero', { ...good, quantity: 0 }, 'quantity'],
      ['not a number', { ...good, quantity: 'abc' }, 'quantity'],
      ['decimals on pieces', { ...good, quantity: '1.5' }, 'quantity'],
      ['note too long', { ...good, note: 'x'.repeat(501) }, 'note'],
    ];
    for (const [label, body, field] of cases) {
      const res = await ship(body);
      expect(res.status, label).toBe(422);
      expect(res.headers.get('content-type'), label).toBe('application/problem+json');
      const problem = await res.json();
      expect(problem, label).toMatchObject({ status: 422, code: 'INVALID_INPUT' });
      expect(Object.keys(problem.errors), label).toContain(field);
    }
    expect((await ship('{"sku":')).status).toBe(400);
    expect((await ship(good, { key: 'x'.repeat(201) })).status).toBe(422);
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0001': '10' } });
    expect(await db().stockTransit.count({ where: { item: { sku } } })).toBe(0);
  });

  it('answers 409 when the stock is not there', async () => {
    const sku = await stocked(3);
    const res = await ship({ sku, from: 'CHI-A-01-B1', to: 'MKE-QA', quantity: 5 });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: 'INSUFFICIENT_STOCK', detail: 'Only 3 pcs available at CHI-A-01-B1.', errors: { quantity: expect.any(String) } });
    expect(await db().stockTransit.count({ where: { item: { sku } } })).toBe(0);
  });

  it('answers 401 without a token and 403 for a Member', async () => {
    const sku = await stocked();
    const body = { sku, from: 'CHI-A-01-B1', to: 'MKE-QA', quantity: 1 };
    const anonymous = await ship(body, { authorization: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const forbidden = await ship(body, { authorization: member });
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0001': '10' } });
  });

  it('ships once for a repeated Idempotency-Key (200, same document) and refuses the key with another body', async () => {
    const sku = await stocked();
    const body = { sku, from: 'CHI-A-01-B1', to: 'MKE-QA', quantity: 2 };
    const key = `ship-${sku}`;
    const first = await shipped(await ship(body, { key }));
    const again = await ship(body, { key });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await shipped(again, 200)).toEqual(first);
    const other = await ship({ ...body, quantity: 3 }, { key });
    expect(other.status).toBe(409);
    // A key in the body is not an idempotency key.
    await shipped(await ship({ ...body, idempotencyKey: key }));
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0001': '6' }, 'MKE-TRANSIT': { '#0001': '4' } });
  });
});

describe('GET /api/v1/transits', () => {
  it('lists the documents open first with their totals, paged, by state', async () => {
    const sku = await stocked(20);
    const a = await shipped(await ship({ sku, from: 'CHI-A-01-B1', to: 'MKE-QA', quantity: 5 }));
    const b = await shipped(await ship({ sku, from: 'CHI-A-01-B1', to: 'MKE-LINE-1', quantity: 3 }));
    await closeTransit(await demoActor.teamLead(), { number: a.number, reason: 'lost on the way' });

    const res = await list('?limit=500');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const page = await res.json();
    expect(page.nextCursor).toBeNull();
    const numbers = page.data.map((t: { number: string }) => t.number);
    expect(numbers.indexOf(b.number)).toBeLessThan(numbers.indexOf(a.number));
    expect(page.data.find((t: { number: string }) => t.number === a.number)).toEqual({
      number: a.number,
      sku,
      unit: 'pcs',
      from: 'CHI-A-01-B1',
      to: 'MKE-QA',
      via: 'MKE-TRANSIT',
      shippedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      closedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      status: 'closed_short',
      shipped: '5',
      received: '0',
      writtenOff: '5',
      remaining: '0',
    });

    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const p = await (await list(`?limit=1&cursor=${cursor}`)).json();
      expect(p.data.length).toBeLessThanOrEqual(1);
      seen.push(...p.data.map((t: { number: string }) => t.number));
      cursor = p.nextCursor;
    }
    expect(seen).toEqual(numbers);

    const closed = await (await list('?state=closed')).json();
    expect(closed.data.every((t: { status: string }) => ['received', 'closed_short'].includes(t.status))).toBe(true);
    expect((await (await list('?state=open', member)).json()).data.map((t: { number: string }) => t.number)).toContain(b.number);
  });

  it('answers 422 naming a bad parameter, 401 without a token', async () => {
    for (const [query, field] of [
      ['?state=lost', 'state'],
      ['?limit=0', 'limit'],
      ['?cursor=bm90IGEgY3Vyc29y', 'cursor'],
    ]) {
      const res = await list(query);
      expect(res.status, query).toBe(422);
      expect((await res.json()).errors, query).toEqual({ [field]: expect.any(String) });
    }
    expect((await list('', null)).status).toBe(401);
  });
});
