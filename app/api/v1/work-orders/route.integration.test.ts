import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '@/scripts/test/api';
import { freshProduct } from '@/scripts/test/serials';
import { GET as getOne } from './[number]/route';
import { GET, POST } from './route';

let admin: string;
let deptLead: string;
let teamLead: string;
let member: string;
let sku: string;
beforeAll(async () => {
  [admin, deptLead, teamLead, member] = await Promise.all([demoActor.admin(), demoActor.deptLead(), demoActor.teamLead(), demoActor.member()].map(async (a) => bearerOf(await a)));
  sku = (await freshProduct()).sku;
});

const create = (body: unknown, options: { authorization?: string; key?: string } = {}) =>
  POST(apiRequest('POST', '/work-orders', { authorization: options.authorization ?? deptLead, body, headers: options.key === undefined ? {} : { 'Idempotency-Key': options.key } }));
const read = (number: string, authorization = deptLead, query = '') =>
  getOne(apiRequest('GET', `/work-orders/${encodeURIComponent(number)}${query}`, { authorization }), routeParams({ number }));

describe('POST /api/v1/work-orders', () => {
  it('opens a work order with its serial numbers and answers 201', async () => {
    const res = await create({ product: sku, quantity: 3, team: 'SMT Line', dueAt: '2099-03-01' });
    expect(res.status, await res.clone().text()).toBe(201);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(['number', 'serials']);
    expect(body.number).toMatch(/^WO-\d{6}$/);
    expect(body.serials).toHaveLength(3);
    expect(res.headers.get('location')).toBe(`/api/v1/work-orders/${body.number}`);
    const detail = await (await read(body.number, teamLead)).json();
    expect(detail).toMatchObject({ number: body.number, product: sku, quantity: 3, team: 'SMT Line', status: 'open', dueAt: '2099-03-01T00:00:00.000Z', stages: [{ name: 'Assembly', inProduction: 3 }, { name: 'Testing' }, { name: 'Coating' }, { name: 'QA' }] });
    expect(detail.serials.data.map((s: { serial: string }) => s.serial)).toEqual(body.serials);
  });

  it('takes the team by id too, and ignores fields it does not take', async () => {
    const team = await db().team.findFirstOrThrow({ where: { name: 'Final Assembly' } });
    const res = await create({ product: sku, quantity: 1, team: team.id, assigneeIds: [1], idempotencyKey: 'in-body' });
    expect(res.status).toBe(201);
    const order = await db().workOrder.findUniqueOrThrow({ where: { number: (await res.json()).number }, include: { assignees: true } });
    expect(order).toMatchObject({ teamId: team.id, idempotencyKey: null, assignees: [] });
  });

  it('honours the Idempotency-Key header: 200 with the first answer, 409 for another body', async () => {
    const first = await create({ product: sku, quantity: 2 }, { key: 'api-wo-1' });
    expect(first.status).toBe(201);
    const again = await create({ product: sku, quantity: 2 }, { key: 'api-wo-1' });
    expect(again.status).toBe(200);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    const other = await create({ product: sku, quantity: 5 }, { key: 'api-wo-1' });
    expect(other.status).toBe(409);
    expect(await other.json()).toMatchObject({ code: 'CONFLICT' });
    expect((await create({ product: sku, quantity: 1 }, { key: ' ' })).status).toBe(422);
  });

  it('answers 422 naming the field, 400 for a body that is not JSON, 403 below Department Lead', async () => {
    const cases: [unknown, string][] = [
      [{ quantity: 1 }, 'product'],
      [{ product: 'LDR-4.1', quantity: 1 }, 'product'],
      [{ product: sku, quantity: 10_001 }, 'quantity'],
      [{ product: sku, quantity: 1, team: 'Shipping' }, 'team'],
      [{ product: sku, quantity: 1, dueAt: '31/01/2099' }, 'dueAt'],
    ];
    for (const [body, field] of cases) {
      const res = await create(body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(Object.keys((await res.json()).errors)).toEqual([field]);
    }
    expect((await create('{not json')).status).toBe(400);
    for (const authorization of [teamLead, member]) expect((await create({ product: sku, quantity: 1 }, { authorization })).status).toBe(403);
  });
});

describe('GET /api/v1/work-orders', () => {
  it('lists what the token user may see, paged, filtered by product and status', async () => {
    const own = await (await create({ product: sku, quantity: 1, team: 'Final Assembly' }, { authorization: admin })).json();
    const page = await (await GET(apiRequest('GET', `/work-orders?product=${sku}&limit=2`, { authorization: admin }))).json();
    expect(page.data).toHaveLength(2);
    expect(page.data[0]).toMatchObject({ number: own.number, product: sku, team: 'Final Assembly', status: 'open', counts: { inProduction: 1, inStock: 0, delivered: 0, scrapped: 0 } });
    const next = await (await GET(apiRequest('GET', `/work-orders?product=${sku}&limit=2&cursor=${page.nextCursor}`, { authorization: admin }))).json();
    expect(next.data[0].number < page.data[1].number).toBe(true);
    // A member of SMT Line does not see Final Assembly's work.
    const mine = await (await GET(apiRequest('GET', `/work-orders?product=${sku}`, { authorization: member }))).json();
    expect(mine.data.map((w: { number: string }) => w.number)).not.toContain(own.number);
    expect((await read(own.number, member)).status).toBe(404);
    const bad = await GET(apiRequest('GET', '/work-orders?status=done', { authorization: admin }));
    expect(bad.status).toBe(422);
    expect((await GET(apiRequest('GET', '/work-orders'))).status).toBe(401);
  });
});

describe('GET /api/v1/work-orders/{number}', () => {
  it('pages the serials and answers 404 for an unknown or malformed number', async () => {
    const { number, serials } = await (await create({ product: sku, quantity: 3, team: 'SMT Line' })).json();
    const first = await (await read(number, deptLead, '?limit=2')).json();
    expect(first.serials.data.map((s: { serial: string }) => s.serial)).toEqual(serials.slice(0, 2));
    const rest = await (await read(number, deptLead, `?limit=2&cursor=${first.serials.nextCursor}`)).json();
    expect(rest.serials).toEqual({ data: [expect.objectContaining({ serial: serials[2], status: 'in_production', stage: 'Assembly' })], nextCursor: null });
    expect((await read('WO-999999')).status).toBe(404);
    expect((await read('WO 1/../x')).status).toBe(404);
  });
});
