import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createPartner } from '@/lib/sales/create-partner';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '@/scripts/test/api';
import { logisticsUser } from '@/scripts/test/serials';
import { freshItem } from '@/scripts/test/stock';
import { GET as getOne } from './[number]/route';
import { GET, POST } from './route';

let admin: string;
let deptLead: string;
let teamLead: string;
let member: string;
let logistics: string;
let partner: string;
let sku: string;
beforeAll(async () => {
  [admin, deptLead, teamLead, member] = await Promise.all([demoActor.admin(), demoActor.deptLead(), demoActor.teamLead(), demoActor.member()].map(async (a) => bearerOf(await a)));
  logistics = await bearerOf(await logisticsUser('MEMBER'));
  partner = (await createPartner(await demoActor.admin(), { code: `API-${Date.now().toString(36)}`, name: 'API Customer' })).code;
  sku = await freshItem('SOAPI');
});

const create = (body: unknown, options: { authorization?: string; key?: string } = {}) =>
  POST(apiRequest('POST', '/sales-orders', { authorization: options.authorization ?? deptLead, body, headers: options.key === undefined ? {} : { 'Idempotency-Key': options.key } }));
const read = (number: string, authorization = deptLead) => getOne(apiRequest('GET', `/sales-orders/${encodeURIComponent(number)}`, { authorization }), routeParams({ number }));

describe('POST /api/v1/sales-orders', () => {
  it('opens a sales order and answers 201 with its number and Location', async () => {
    const res = await create({ partner, expectedAt: '2099-06-01', lines: [{ sku, quantity: 4 }, { sku: 'CON-USB-C', quantity: '10' }], note: 'API order' });
    expect(res.status, await res.clone().text()).toBe(201);
    const body = await res.json();
    expect(body).toEqual({ number: expect.stringMatching(/^SO-\d{6}$/) });
    expect(res.headers.get('location')).toBe(`/api/v1/sales-orders/${body.number}`);
    const detail = await (await read(body.number, member)).json();
    expect(detail).toMatchObject({
      number: body.number,
      partner: { code: partner, name: 'API Customer' },
      status: 'open',
      expectedAt: '2099-06-01T00:00:00.000Z',
      note: 'API order',
      lines: [
        { sku, quantity: '4', delivered: '0', open: '4', serials: [] },
        { sku: 'CON-USB-C', quantity: '10', delivered: '0', open: '10', serials: [] },
      ],
    });
  });

  it('ignores fields it does not take', async () => {
    const res = await create({ partner, lines: [{ sku, quantity: 1 }], idempotencyKey: 'in-body', status: 'completed' });
    expect(res.status).toBe(201);
    expect(await db().salesOrder.findUniqueOrThrow({ where: { number: (await res.json()).number } })).toMatchObject({ idempotencyKey: null, status: 'OPEN' });
  });

  it('honours the Idempotency-Key header: 200 with the first answer, 409 for another body', async () => {
    const body = { partner, expectedAt: '2099-06-02', lines: [{ sku, quantity: 2 }] };
    const first = await create(body, { key: 'api-so-1' });
    expect(first.status).toBe(201);
    const again = await create(body, { key: 'api-so-1' });
    expect(again.status).toBe(200);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    const other = await create({ ...body, lines: [{ sku, quantity: 3 }] }, { key: 'api-so-1' });
    expect(other.status).toBe(409);
    expect(await other.json()).toMatchObject({ code: 'CONFLICT' });
    expect((await create(body, { key: ' ' })).status).toBe(422);
  });

  it('answers 422 naming the field, 400 for a body that is not JSON, 403 below Department Lead', async () => {
    const cases: [unknown, string[]][] = [
      [{ lines: [{ sku, quantity: 1 }] }, ['partner']],
      [{ partner: 'NO-SUCH-CUSTOMER', lines: [{ sku, quantity: 1 }] }, ['partner']],
      [{ partner, lines: [] }, ['lines']],
      [{ partner, lines: 'all of it' }, ['lines']],
      [{ partner, lines: [{ sku, quantity: 1 }, { sku: 'CON-USB-C', quantity: 0.5 }] }, ['lines.1.quantity']],
      [{ partner, lines: [{ sku, quantity: 1 }, { sku, quantity: 2 }] }, ['lines.1.sku']],
      [{ partner, lines: [{ sku: 'NOPE', quantity: 1 }] }, ['lines.0.sku']],
      [{ partner, lines: [{ sku, quantity: 1 }], expectedAt: '01/06/2099' }, ['expectedAt']],
    ];
    for (const [body, fields] of cases) {
      const res = await create(body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(Object.keys((await res.json()).errors)).toEqual(fields);
    }
    expect((await create('{not json')).status).toBe(400);
    for (const authorization of [teamLead, member]) expect((await create({ partner, lines: [{ sku, quantity: 1 }] }, { authorization })).status).toBe(403);
    expect((await create({ partner, lines: [{ sku, quantity: 1 }] }, { authorization: '' })).status).toBe(401);
  });
});

describe('GET /api/v1/sales-orders', () => {
  it('lists what the token user may see, paged, filtered by customer and status', async () => {
    const made: string[] = [];
    for (let i = 0; i < 3; i++) made.push((await (await create({ partner, lines: [{ sku, quantity: 1 }] }, { authorization: admin })).json()).number);
    const page = await (await GET(apiRequest('GET', `/sales-orders?partner=${partner}&limit=2`, { authorization: member }))).json();
    expect(page.data.map((o: { number: string }) => o.number)).toEqual([made[2], made[1]]);
    expect(page.data[0]).toMatchObject({ partner: { code: partner, name: 'API Customer' }, status: 'open', lines: 1, openLines: 1, department: 'Electronics Production' });
    const next = await (await GET(apiRequest('GET', `/sales-orders?partner=${partner}&limit=2&cursor=${page.nextCursor}`, { authorization: member }))).json();
    expect(next.data[0].number).toBe(made[0]);
    // Logistics sees none of the production department's orders.
    const theirs = await (await GET(apiRequest('GET', `/sales-orders?partner=${partner}`, { authorization: logistics }))).json();
    expect(theirs).toEqual({ data: [], nextCursor: null });
    expect((await read(made[0], logistics)).status).toBe(404);
    expect((await GET(apiRequest('GET', '/sales-orders?status=done', { authorization: admin }))).status).toBe(422);
    expect((await GET(apiRequest('GET', '/sales-orders'))).status).toBe(401);
  });
});

describe('GET /api/v1/sales-orders/{number}', () => {
  it('answers 404 for an unknown or malformed number', async () => {
    expect((await read('SO-999999')).status).toBe(404);
    const bad = await read('SO 1/../x');
    expect(bad.status).toBe(404);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
  });
});
