import { beforeAll, describe, expect, it } from 'vitest';
import { receiveStock } from '@/lib/inventory/movements/receive-stock';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '@/scripts/test/api';
import { freshSite, freshStorageUnit } from '@/scripts/test/locations';
import { freshItem, lotsOf } from '@/scripts/test/stock';
import { POST as discard } from './[id]/discard/route';
import { POST as record } from './[id]/lines/[lineId]/route';
import { POST as post } from './[id]/post/route';
import { GET as getOne } from './[id]/route';
import { GET as getVariances } from './[id]/variances/route';
import { GET, POST } from './route';

let admin: string;
let lead: string;
let member: string;
beforeAll(async () => {
  admin = await bearerOf(await demoActor.admin());
  lead = await bearerOf(await demoActor.teamLead());
  member = await bearerOf(await demoActor.member());
});

type Call = { authorization?: string | null; key?: string };
const auth = (o: Call, fallback: string) => (o.authorization === null ? undefined : (o.authorization ?? fallback));

const create = (body: unknown, o: Call = {}) => POST(apiRequest('POST', '/counts', { authorization: auth(o, lead), body }));
const list = (query = '', o: Call = {}) => GET(apiRequest('GET', `/counts${query}`, { authorization: auth(o, lead) }));
const read = (id: string, o: Call = {}) => getOne(apiRequest('GET', `/counts/${id}`, { authorization: auth(o, lead) }), routeParams({ id }));
const count = (id: string, lineId: string, body: unknown, o: Call = {}) =>
  record(apiRequest('POST', `/counts/${id}/lines/${lineId}`, { authorization: auth(o, lead), body }), routeParams({ id, lineId }));
const postIt = (id: string, o: Call = {}) =>
  post(apiRequest('POST', `/counts/${id}/post`, { authorization: auth(o, admin), headers: o.key === undefined ? {} : { 'Idempotency-Key': o.key } }), routeParams({ id }));
const variances = (id: string, o: Call = {}) => getVariances(apiRequest('GET', `/counts/${id}/variances`, { authorization: auth(o, lead) }), routeParams({ id }));
const discardIt = (id: string, o: Call = {}) => discard(apiRequest('POST', `/counts/${id}/discard`, { authorization: auth(o, admin) }), routeParams({ id }));

/** A fresh shelf holding 10 pcs of a fresh item; answers both. */
async function stockedShelf(): Promise<{ sku: string; shelf: string }> {
  const sku = await freshItem('CNA');
  const shelf = await freshStorageUnit('CHI-A', 'SHELF');
  await receiveStock(await demoActor.admin(), { sku, to: shelf, quantity: 10 });
  return { sku, shelf };
}

async function opened(shelf: string): Promise<{ id: string; number: string; lineId: string }> {
  const res = await create({ location: shelf });
  expect(res.status, await res.clone().text()).toBe(201);
  const created = await res.json();
  expect(created).toEqual({ id: expect.any(Number), number: expect.stringMatching(/^CNT-\d{6}$/), lines: 1 });
  const view = await (await read(String(created.id))).json();
  return { id: String(created.id), number: created.number, lineId: String(view.lines[0].id) };
}

describe('the count endpoints', () => {
  it('opens, reads, lists, records and posts a count as one adjustment, once for a repeated Idempotency-Key', async () => {
    const { sku, shelf } = await stockedShelf();
    const { id, number, lineId } = await opened(shelf);

    const view = await read(id);
    expect(view.status).toBe(200);
    expect(view.headers.get('content-type')).toBe('application/json');
    expect(await view.json()).toMatchObject({ id: Number(id), number, status: 'open', location: { code: shelf }, lines: [{ id: Number(lineId), sku, location: shelf, expected: '10', counted: null }] });
    const page = await (await list('?status=open&limit=500')).json();
    expect(page.data.find((c: { id: number }) => c.id === Number(id))).toMatchObject({ number, status: 'open', lines: 1, counted: 0 });

    const recorded = await count(id, lineId, { counted: '7' });
    expect(recorded.status, await recorded.clone().text()).toBe(200);
    expect(await recorded.json()).toMatchObject({ lineId: Number(lineId), counted: '7' });

    const key = `count-${sku}`;
    const first = await postIt(id, { key });
    expect(first.status, await first.clone().text()).toBe(201);
    const posted = await first.json();
    expect(posted).toMatchObject({ id: Number(id), number, posting: { groupId: expect.any(String) } });
    expect(posted.posting.entries.map((e: Record<string, string>) => [e.location, e.quantity])).toEqual([[shelf, '-3']]);
    expect(await lotsOf(sku)).toEqual({ [shelf]: { '#0001': '7' } });

    const again = await postIt(id, { key });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(posted);
    const unkeyed = await postIt(id);
    expect(unkeyed.status).toBe(409);
    expect(await unkeyed.json()).toMatchObject({ code: 'CONFLICT' });
    expect(await lotsOf(sku)).toEqual({ [shelf]: { '#0001': '7' } });
    expect(await (await read(id)).json()).toMatchObject({ status: 'posted', postedGroupId: posted.posting.groupId });
  });

  it('answers 422 naming the field for a bad counted value or a bad new count, and records nothing', async () => {
    const { shelf } = await stockedShelf();
    const { id, lineId } = await opened(shelf);
    for (const [label, body] of [
      ['missing', {}],
      ['negative', { counted: -1 }],
      ['not a number', { counted: 'lots' }],
      ['decimals on pieces', { counted: '1.5' }],
    ] as const) {
      const res = await count(id, lineId, body);
      expect(res.status, label).toBe(422);
      expect(res.headers.get('content-type'), label).toBe('application/problem+json');
      expect(await res.json(), label).toMatchObject({ code: 'INVALID_INPUT', errors: { counted: expect.any(String) } });
    }
    expect((await count(id, lineId, '{"counted":')).status).toBe(400);
    expect((await (await read(id)).json()).lines[0].counted).toBeNull();

    for (const [label, body, field] of [
      ['unknown location', { location: 'NOWHERE-1' }, 'location'],
      ['overlapping an open count', { location: shelf }, 'location'],
      ['blind not a flag', { location: shelf, blind: 'maybe' }, 'blind'],
    ] as const) {
      const res = await create(body);
      expect(res.status, label).toBe(422);
      expect(Object.keys((await res.json()).errors), label).toContain(field);
    }
    expect((await list('?status=lost')).status).toBe(422);

    const discarded = await discardIt(id);
    expect(discarded.status).toBe(200);
    expect(await discarded.json()).toMatchObject({ id: Number(id), number: expect.stringMatching(/^CNT-/) });
    expect((await count(id, lineId, { counted: 1 })).status).toBe(409);
    expect((await discardIt(id)).status).toBe(409);
  });

  it('answers 404 for an unknown count or line', async () => {
    const { shelf } = await stockedShelf();
    const { id, lineId } = await opened(shelf);
    const calls: [string, () => Promise<Response>][] = [
      ['read 999999999', () => read('999999999')],
      ['read not an id', () => read('CNT-1')],
      ['record', () => count('999999999', lineId, { counted: 1 })],
      ['record unknown line', () => count(id, '999999999', { counted: 1 })],
      ['post', () => postIt('999999999')],
      ['discard', () => discardIt('0')],
    ];
    for (const [label, call] of calls) {
      const res = await call();
      expect(res.status, label).toBe(404);
      expect(await res.json(), label).toMatchObject({ code: 'NOT_FOUND' });
    }
    await discardIt(id);
  });

  it('answers 401 without a token and 403 for a Member (and for a Team Lead posting or discarding)', async () => {
    const { sku, shelf } = await stockedShelf();
    const { id, lineId } = await opened(shelf);
    const anonymous: Call = { authorization: null };
    for (const [label, res] of [
      ['list', await list('', anonymous)],
      ['create', await create({ location: shelf }, anonymous)],
      ['read', await read(id, anonymous)],
      ['record', await count(id, lineId, { counted: 1 }, anonymous)],
      ['post', await postIt(id, anonymous)],
      ['discard', await discardIt(id, anonymous)],
    ] as const) {
      expect(res.status, label).toBe(401);
      expect(res.headers.get('www-authenticate'), label).toMatch(/^Bearer/);
    }
    const asMember: Call = { authorization: member };
    for (const [label, res] of [
      ['list', await list('', asMember)],
      ['create', await create({ location: shelf }, asMember)],
      ['read', await read(id, asMember)],
      ['record', await count(id, lineId, { counted: 1 }, asMember)],
      ['post', await postIt(id, asMember)],
      ['discard', await discardIt(id, asMember)],
      ['post as lead', await postIt(id, { authorization: lead })],
      ['discard as lead', await discardIt(id, { authorization: lead })],
    ] as const) {
      expect(res.status, label).toBe(403);
      expect(await res.json(), label).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await (await read(id)).json()).status).toBe('open');
    expect(await lotsOf(sku)).toEqual({ [shelf]: { '#0001': '10' } });
    await discardIt(id);
  });

  it('answers the variances as the review page shows them: counted lines per storage unit and item, uncounted apart', async () => {
    const { sku, shelf } = await stockedShelf();
    const other = await freshItem('CNB');
    await receiveStock(await demoActor.admin(), { sku: other, to: shelf, quantity: 5 });
    const opening = await create({ location: shelf });
    expect(await opening.clone().json()).toMatchObject({ lines: 2 });
    const { id: countId, number } = await opening.json();
    const id = String(countId);
    const lines = (await (await read(id)).json()).lines as { id: number; sku: string }[];
    await count(id, String(lines.find((l) => l.sku === sku)!.id), { counted: '7' });

    const res = await variances(id);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({
      id: Number(id),
      number,
      status: 'open',
      location: shelf,
      lines: [
        {
          id: expect.any(Number),
          sku,
          itemName: `Test item ${sku}`,
          unit: 'pcs',
          location: shelf,
          added: false,
          expected: '10',
          systemAtCount: '10',
          counted: '7',
          variance: '-3',
          differs: true,
          value: '-4.50',
          onHandNow: '10',
          afterPosting: '7',
        },
      ],
      uncounted: [{ id: expect.any(Number), sku: other, itemName: `Test item ${other}`, unit: 'pcs', location: shelf, expected: '5' }],
      withVariance: 1,
      totalValue: '-4.50',
    });

    // Once posted the figures stay, with nothing left to apply.
    expect((await postIt(id)).status).toBe(201);
    expect(await (await variances(id)).json()).toMatchObject({ status: 'posted', lines: [{ variance: '-3', onHandNow: '7', afterPosting: null }], withVariance: 1 });
  });

  it('answers 404 for an unknown count or one of another department, 403 for a blind count to a counter, 401 and 403 by token', async () => {
    const notFound = async (label: string, res: Response) => {
      expect(res.status, label).toBe(404);
      expect(res.headers.get('content-type'), label).toBe('application/problem+json');
      expect(await res.json(), label).toMatchObject({ code: 'NOT_FOUND', detail: 'Count was not found.' });
    };
    await notFound('unknown', await variances('999999999'));
    await notFound('not an id', await variances('CNT-1'));

    // A count at a Logistics site: the production Team Lead cannot see it, an Admin can.
    const sku = await freshItem('CNL');
    const bin = await freshStorageUnit(await freshSite('Logistics', 'LOG'), 'BIN');
    await receiveStock(await demoActor.admin(), { sku, to: bin, quantity: 4 });
    const elsewhere = await create({ location: bin }, { authorization: admin });
    expect(elsewhere.status).toBe(201);
    const foreign = String((await elsewhere.json()).id);
    await notFound('another department', await variances(foreign));
    expect((await variances(foreign, { authorization: admin })).status).toBe(200);
    await discardIt(foreign);

    const { shelf } = await stockedShelf();
    const blind = await create({ location: shelf, blind: true });
    const blindId = String((await blind.json()).id);
    const hidden = await variances(blindId);
    expect(hidden.status).toBe(403);
    expect(await hidden.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await variances(blindId, { authorization: admin })).status).toBe(200);

    const anonymous = await variances(blindId, { authorization: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await variances(blindId, { authorization: member })).status).toBe(403);
    await discardIt(blindId);
  });
});
