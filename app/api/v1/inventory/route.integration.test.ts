import { beforeAll, describe, expect, it } from 'vitest';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf } from '@/scripts/test/api';
import { freshItem } from '@/scripts/test/stock';
import { POST as postMovement } from '../movements/route';
import { GET as exportCsv } from './export.csv/route';
import { GET } from './route';

let admin: string;
let deptLead: string;
let member: string;
beforeAll(async () => {
  admin = await bearerOf(await demoActor.admin());
  deptLead = await bearerOf(await demoActor.deptLead());
  member = await bearerOf(await demoActor.member());
});

const list = (query: string, authorization: string | null = admin) => GET(apiRequest('GET', `/inventory${query}`, { authorization: authorization ?? undefined }));
const download = (query: string, authorization: string | null = admin) =>
  exportCsv(apiRequest('GET', `/inventory/export.csv${query}`, { authorization: authorization ?? undefined }));

async function receive(sku: string, to: string, quantity: number, unitCost?: string) {
  const res = await postMovement(apiRequest('POST', '/movements', { authorization: admin, body: { type: 'receipt', sku, to, quantity, unitCost } }));
  expect(res.status).toBe(201);
}

describe('GET /api/v1/inventory', () => {
  it('answers stock by item and by location in the API row shape', async () => {
    const sku = await freshItem('INV'); // standard cost 1.5
    await receive(sku, 'CHI-A-01-B1', 10, '2.25');
    await receive(sku, 'MKE-QA', 4);
    const byItem = await list(`?sku=${sku}`);
    expect(byItem.status).toBe(200);
    expect(byItem.headers.get('content-type')).toBe('application/json');
    expect(await byItem.json()).toEqual({
      data: [{ sku, name: `Test item ${sku}`, location: null, quantity: '14', available: '14', customerOwned: '0', unit: 'pcs', value: '28.50' }],
      nextCursor: null,
    });
    const byLocation = await (await list(`?groupBy=location&sku=${sku}`)).json();
    expect(byLocation.data.map((r: Record<string, string>) => [r.location, r.quantity, r.value])).toEqual([
      ['CHI-A-01-B1', '10', '22.50'],
      ['MKE-QA', '4', '6.00'],
    ]);
    const underChicago = await (await list(`?groupBy=location&sku=${sku}&location=CHI`)).json();
    expect(underChicago.data.map((r: Record<string, string>) => r.location)).toEqual(['CHI-A-01-B1']);
  });

  it('pages with limit and cursor until nextCursor is null', async () => {
    const sku = await freshItem('INV');
    for (const to of ['CHI-A-01-B1', 'CHI-A-01-B2', 'MKE-QA']) await receive(sku, to, 1);
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = await (await list(`?groupBy=location&sku=${sku}&limit=2&cursor=${cursor}`)).json();
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.map((r: Record<string, string>) => r.location));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(['CHI-A-01-B1', 'CHI-A-01-B2', 'MKE-QA']);
  });

  it('answers as of a past moment', async () => {
    const sku = await freshItem('INV');
    await receive(sku, 'CHI-A-01-B1', 10);
    expect((await (await list(`?sku=${sku}&asOf=2000-01-01T00:00:00Z`)).json()).data).toEqual([]);
    expect((await (await list(`?sku=${sku}&asOf=${new Date().toISOString()}`)).json()).data[0].quantity).toBe('10');
  });

  it('answers 422 naming a bad parameter, 401 without a token', async () => {
    for (const [query, field] of [
      ['?groupBy=batch', 'groupBy'],
      ['?status=lost', 'status'],
      ['?asOf=yesterday', 'asOf'],
      ['?location=NOWHERE-1', 'location'],
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

describe('GET /api/v1/inventory/export.csv', () => {
  it('streams the same view as CSV, as a download', async () => {
    const sku = await freshItem('CSV');
    await receive(sku, 'CHI-A-01-B1', 10, '2.25');
    await receive(sku, 'MKE-QA', 4);
    const res = await download(`?groupBy=location&sku=${sku}`, deptLead);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="inventory-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(await res.text()).toBe(
      'SKU,Item name,Location,Quantity,Available,Customer-owned,Unit,Value\r\n' +
        `${sku},Test item ${sku},CHI-A-01-B1,10,10,0,pcs,22.50\r\n` +
        `${sku},Test item ${sku},MKE-QA,4,4,0,pcs,6.00\r\n`,
    );
    const byItem = await (await download(`?sku=${sku}`)).text();
    expect(byItem.split('\r\n')).toEqual(['SKU,Item name,Quantity,Available,Customer-owned,Unit,Value', `${sku},Test item ${sku},14,14,0,pcs,28.50`, '']);
  });

  it('refuses before the first byte: 422 problem for a bad filter, 403 without the export permission, 401 without a token', async () => {
    const bad = await download('?groupBy=batch');
    expect(bad.status).toBe(422);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
    expect(bad.headers.get('content-disposition')).toBeNull();
    expect((await bad.json()).errors).toEqual({ groupBy: expect.any(String) });
    const forbidden = await download('', member);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await download('', null)).status).toBe(401);
  });
});
