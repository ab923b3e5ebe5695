import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf } from '@/scripts/test/api';
import { freshItem, lotsOf } from '@/scripts/test/stock';
import { POST } from './route';

let admin: string;
let lead: string;
let member: string;
beforeAll(async () => {
  admin = await bearerOf(await demoActor.admin());
  lead = await bearerOf(await demoActor.teamLead());
  member = await bearerOf(await demoActor.member());
});

const post = (body: unknown, options: { authorization?: string | null; key?: string } = {}) =>
  POST(
    apiRequest('POST', '/movements', {
      authorization: options.authorization === null ? undefined : (options.authorization ?? admin),
      body,
      headers: options.key === undefined ? {} : { 'Idempotency-Key': options.key },
    }),
  );

async function posted(res: Response, status = 201) {
  expect(res.status, await res.clone().text()).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/json');
  const body = await res.json();
  expect(Object.keys(body).sort()).toEqual(['entries', 'groupId']);
  expect(body.groupId).toMatch(/^[0-9a-f-]{36}$/);
  return body as { groupId: string; entries: Record<string, string>[] };
}

const moves = (body: { entries: Record<string, string>[] }) => body.entries.map((e) => [e.entryType, e.location, e.status, e.quantity]);
const ledgerCount = () => db().ledgerEntry.count();

describe('POST /api/v1/movements', () => {
  it('posts every movement type and answers 201 with the posting group and its entries', async () => {
    const sku = await freshItem('API');
    const receipt = await posted(await post({ type: 'receipt', sku, to: 'CHI-A-01-B1', quantity: 10, reference: { kind: 'purchase_order', number: 'PO-7' }, note: 'dock 2' }));
    expect(receipt.entries).toEqual([
      { entryType: 'RECEIPT', sku, location: 'CHI-A-01-B1', batch: '#0001', status: 'available', quantity: '10', balanceBefore: '0', balanceAfter: '10' },
    ]);
    expect(moves(await posted(await post({ type: 'transfer', sku, from: 'CHI-A-01-B1', to: 'CHI-A-01-B2', quantity: '3' })))).toEqual([
      ['TRANSFER_OUT', 'CHI-A-01-B1', 'available', '-3'],
      ['TRANSFER_IN', 'CHI-A-01-B2', 'available', '3'],
    ]);
    expect(moves(await posted(await post({ type: 'adjust_up', sku, to: 'CHI-A-01-B2', quantity: 2, reason: 'found on the shelf' })))).toEqual([['ADJUST_UP', 'CHI-A-01-B2', 'available', '2']]);
    expect(moves(await posted(await post({ type: 'adjust_up', sku, location: 'CHI-A-01-B2', quantity: 1, reason: 'found another' })))).toEqual([['ADJUST_UP', 'CHI-A-01-B2', 'available', '1']]);
    expect(moves(await posted(await post({ type: 'adjust_down', sku, from: 'CHI-A-01-B2', quantity: 1, reason: 'damaged' })))).toEqual([['ADJUST_DOWN', 'CHI-A-01-B2', 'available', '-1']]);
    expect(moves(await posted(await post({ type: 'adjust_down', sku, location: 'CHI-A-01-B2', quantity: 1, reason: 'damaged' })))).toEqual([['ADJUST_DOWN', 'CHI-A-01-B2', 'available', '-1']]);
    expect(moves(await posted(await post({ type: 'set_quantity', sku, location: 'CHI-A-01-B1', quantity: 5, reason: 'stocktake' })))).toEqual([['ADJUST_DOWN', 'CHI-A-01-B1', 'available', '-2']]);
    expect(moves(await posted(await post({ type: 'consume', sku, from: 'CHI-A-01-B1', quantity: 1, reference: { kind: 'job', number: 'J-12' } })))).toEqual([['CONSUMPTION', 'CHI-A-01-B1', 'available', '-1']]);
    expect(moves(await posted(await post({ type: 'ship', sku, from: 'CHI-A-01-B1', quantity: 1, reference: { kind: 'sales_order', number: 'SO-3' } })))).toEqual([['SHIPMENT', 'CHI-A-01-B1', 'available', '-1']]);
    expect(moves(await posted(await post({ type: 'status_change', sku, location: 'CHI-A-01-B1', quantity: 1, status: 'on_hold' })))).toEqual([
      ['STATUS_CHANGE', 'CHI-A-01-B1', 'available', '-1'],
      ['STATUS_CHANGE', 'CHI-A-01-B1', 'on_hold', '1'],
    ]);
    expect(moves(await posted(await post({ type: 'status_change', sku, location: 'CHI-A-01-B1', quantity: 1, status: 'rejected', fromStatus: 'on_hold' })))).toEqual([
      ['STATUS_CHANGE', 'CHI-A-01-B1', 'on_hold', '-1'],
      ['STATUS_CHANGE', 'CHI-A-01-B1', 'rejected', '1'],
    ]);
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0001': '2' }, 'CHI-A-01-B1:rejected': { '#0001': '1' }, 'CHI-A-01-B2': { '#0001': '1', '#0002': '2', '#0003': '1' } });
  });

  it('lets a Team Lead post what the role allows', async () => {
    const sku = await freshItem('API');
    await posted(await post({ type: 'receipt', sku, to: 'MKE-LINE-1', quantity: 4 }, { authorization: lead }));
    await posted(await post({ type: 'transfer', sku, from: 'MKE-LINE-1', to: 'MKE-QA', quantity: 4 }, { authorization: lead }));
  });

  it('answers 422 naming the field, and writes nothing', async () => {
    const sku = await freshItem('API');
    const metres = await freshItem('APIM', { unit: 'm' });
    await posted(await post({ type: 'receipt', sku, to: 'CHI-A-01-B1', quantity: 5 }));
    const receipt = { type: 'receipt', sku, to: 'CHI-A-01-B1', quantity: 1 };
    const cases: [string, unknown, string][] = [
      ['zero', { ...receipt, quantity: 0 }, 'quantity'],
      ['negative', { ...receipt, quantity: -2 }, 'quantity'],
      ['negative text', { ...receipt, quantity: '-2' }, 'quantity'],
      ['not a number', { ...receipt, quantity: 'abc' }, 'quantity'],
      ['exponent', { ...receipt, quantity: '1e3' }, 'quantity'],
      ['missing quantity', { type: 'receipt', sku, to: 'CHI-A-01-B1' }, 'quantity'],
      ['decimals on pieces', { ...receipt, quantity: '1.5' }, 'quantity'],
      ['too many decimals', { ...receipt, sku: metres, quantity: 1.255 }, 'quantity'],
      ['unknown SKU', { ...receipt, sku: 'NO-SUCH-SKU' }, 'sku'],
      ['unknown location', { ...receipt, to: 'NOWHERE-1' }, 'to'],
      ['unknown source', { type: 'transfer', sku, from: 'NOWHERE-1', to: 'CHI-A-01-B2', quantity: 1 }, 'from'],
      ['missing source', { type: 'transfer', sku, to: 'CHI-A-01-B2', quantity: 1 }, 'from'],
      ['same from and to', { type: 'transfer', sku, from: 'CHI-A-01-B1', to: 'chi-a-01-b1', quantity: 1 }, 'to'],
      ['missing reason', { type: 'adjust_down', sku, from: 'CHI-A-01-B1', quantity: 1 }, 'reason'],
      ['blank reason', { type: 'adjust_up', sku, to: 'CHI-A-01-B1', quantity: 1, reason: '  ' }, 'reason'],
      ['count without reason', { type: 'set_quantity', sku, location: 'CHI-A-01-B1', quantity: 3 }, 'reason'],
      ['negative count', { type: 'set_quantity', sku, location: 'CHI-A-01-B1', quantity: -1, reason: 'count' }, 'quantity'],
      ['unknown status', { type: 'status_change', sku, location: 'CHI-A-01-B1', quantity: 1, status: 'lost' }, 'status'],
      ['unknown type', { ...receipt, type: 'teleport' }, 'type'],
      ['no type', { sku, to: 'CHI-A-01-B1', quantity: 1 }, 'type'],
      ['reference without kind', { ...receipt, reference: { number: 'PO-1' } }, 'reference.kind'],
    ];
    const before = await ledgerCount();
    for (const [label, body, field] of cases) {
      const res = await post(body);
      expect(res.status, label).toBe(422);
      expect(res.headers.get('content-type'), label).toBe('application/problem+json');
      const problem = await res.json();
      expect(problem, label).toMatchObject({ status: 422, code: 'INVALID_INPUT' });
      expect(Object.keys(problem.errors), label).toContain(field);
    }
    expect(await ledgerCount()).toBe(before);
  });

  it('answers 400 for a body that is not JSON and 422 for a bad Idempotency-Key', async () => {
    expect((await post('{"type":')).status).toBe(400);
    const res = await post({ type: 'receipt' }, { key: 'x'.repeat(201) });
    expect(res.status).toBe(422);
    expect((await res.json()).errors).toEqual({ 'Idempotency-Key': expect.any(String) });
  });

  it('answers 409 when the stock is not there', async () => {
    const sku = await freshItem('API');
    await posted(await post({ type: 'receipt', sku, to: 'CHI-A-01-B1', quantity: 2 }));
    for (const body of [
      { type: 'transfer', sku, from: 'CHI-A-01-B1', to: 'CHI-A-01-B2', quantity: 5 },
      { type: 'consume', sku, from: 'CHI-A-01-B1', quantity: 3 },
      { type: 'adjust_down', sku, from: 'CHI-A-01-B1', quantity: 3, reason: 'lost' },
    ]) {
      const res = await post(body);
      expect(res.status, body.type).toBe(409);
      expect(await res.json(), body.type).toMatchObject({ code: 'INSUFFICIENT_STOCK', detail: 'Only 2 pcs available at CHI-A-01-B1.', errors: { quantity: expect.any(String) } });
    }
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0001': '2' } });
  });

  it('answers 401 without a token and 403 for a Member posting a transfer', async () => {
    const sku = await freshItem('API');
    await posted(await post({ type: 'receipt', sku, to: 'CHI-A-01-B1', quantity: 2 }));
    const anonymous = await post({ type: 'receipt', sku, to: 'CHI-A-01-B1', quantity: 1 }, { authorization: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const forbidden = await post({ type: 'transfer', sku, from: 'CHI-A-01-B1', to: 'CHI-A-01-B2', quantity: 1 }, { authorization: member });
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0001': '2' } });
  });
});

describe('Idempotency-Key on POST /api/v1/movements', () => {
  const groupsWith = (key: string) => db().postingGroup.count({ where: { idempotencyKey: key } });

  it('posts a repeated request once and answers the repeat 200 with the same body', async () => {
    const sku = await freshItem('IDEM');
    const body = { type: 'receipt', sku, to: 'CHI-A-01-B1', quantity: 7 };
    const key = `receipt-${sku}`;
    const first = await posted(await post(body, { key }), 201);
    const again = await post(body, { key });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await posted(again, 200)).toEqual(first);
    expect(await groupsWith(key)).toBe(1);
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0001': '7' } });
  });

  it('refuses the same key with a different body with 409', async () => {
    const sku = await freshItem('IDEM');
    const key = `conflict-${sku}`;
    await posted(await post({ type: 'receipt', sku, to: 'CHI-A-01-B1', quantity: 7 }, { key }));
    for (const other of [{ type: 'receipt', sku, to: 'CHI-A-01-B1', quantity: 8 }, { type: 'adjust_up', sku, to: 'CHI-A-01-B1', quantity: 7, reason: 'x' }]) {
      const res = await post(other, { key });
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({ code: 'CONFLICT' });
    }
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0001': '7' } });
  });

  it('keeps keys per user: the same key from another user is another posting', async () => {
    const sku = await freshItem('IDEM');
    const key = `shared-${sku}`;
    await posted(await post({ type: 'receipt', sku, to: 'CHI-A-01-B1', quantity: 1 }, { key }));
    await posted(await post({ type: 'receipt', sku, to: 'CHI-A-01-B1', quantity: 1 }, { key, authorization: lead }));
    expect(await groupsWith(key)).toBe(2);
  });

  it('posts exactly once when 20 requests with one key arrive together', async () => {
    const sku = await freshItem('IDEM');
    await posted(await post({ type: 'receipt', sku, to: 'CHI-A-01-B1', quantity: 100 }));
    const key = `burst-${sku}`;
    const body = { type: 'transfer', sku, from: 'CHI-A-01-B1', to: 'CHI-A-01-B2', quantity: 3 };
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(body, { key })));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array(18).fill(200), 201].sort());
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(new Set(bodies.map((b) => b.groupId)).size).toBe(1);
    expect(await groupsWith(key)).toBe(1);
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0001': '97' }, 'CHI-A-01-B2': { '#0001': '3' } });
  });
});
