import { beforeAll, describe, expect, it } from 'vitest';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf } from '@/scripts/test/api';
import { GET, POST } from './route';

let admin: string;
let deptLead: string;
let member: string;
beforeAll(async () => {
  [admin, deptLead, member] = await Promise.all([demoActor.admin(), demoActor.deptLead(), demoActor.member()].map(async (a) => bearerOf(await a)));
});

const code = () => `P-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
const create = (body: unknown, authorization = deptLead) => POST(apiRequest('POST', '/partners', { authorization, body }));

describe('/api/v1/partners', () => {
  it('adds a customer (201), refuses a taken code in any case (409 on code) and bad fields (422)', async () => {
    const c = code();
    const res = await create({ code: c.toLowerCase(), name: 'Northwind Traders', active: false });
    expect(res.status, await res.clone().text()).toBe(201);
    expect(await res.json()).toEqual({ code: c, name: 'Northwind Traders', kind: 'customer', active: true });
    const twin = await create({ code: c, name: 'Twin' }, admin);
    expect(twin.status).toBe(409);
    expect((await twin.json()).errors).toEqual({ code: `The code ${c} is already taken.` });
    const bad = await create({ code: 'has space', name: '' });
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json()).errors).sort()).toEqual(['code', 'name']);
    expect((await create({ code: code(), name: 'x' }, member)).status).toBe(403);
    expect((await create('nope')).status).toBe(400);
  });

  it('lists partners by code, paged, with kind and search filters', async () => {
    const c = code();
    await create({ code: c, name: 'Searchable Supplier Co', kind: 'supplier' });
    const found = await (await GET(apiRequest('GET', '/partners?search=searchable%20supplier', { authorization: member }))).json();
    expect(found).toEqual({ data: [{ code: c, name: 'Searchable Supplier Co', kind: 'supplier', active: true, openOrders: 0 }], nextCursor: null });
    const page = await (await GET(apiRequest('GET', '/partners?limit=1', { authorization: member }))).json();
    expect(page.data).toHaveLength(1);
    const next = await (await GET(apiRequest('GET', `/partners?limit=1&cursor=${page.nextCursor}`, { authorization: member }))).json();
    expect(next.data[0].code > page.data[0].code).toBe(true);
    const customers = await (await GET(apiRequest('GET', '/partners?kind=customer&limit=500', { authorization: member }))).json();
    expect(customers.data.every((p: { kind: string }) => p.kind === 'customer')).toBe(true);
    expect((await GET(apiRequest('GET', '/partners?kind=vendor', { authorization: member }))).status).toBe(422);
  });
});
