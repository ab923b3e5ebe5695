import { beforeAll, describe, expect, it } from 'vitest';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '@/scripts/test/api';
import { GET as getItem } from './[sku]/route';
import { GET, POST } from './route';

let admin: string;
let deptLead: string;
beforeAll(async () => {
  admin = await bearerOf(await demoActor.admin());
  deptLead = await bearerOf(await demoActor.deptLead());
});

const create = (body: unknown, authorization: string | null = admin) => POST(apiRequest('POST', '/items', { authorization: authorization ?? undefined, body }));
const list = (query: string, authorization: string | null = admin) => GET(apiRequest('GET', `/items${query}`, { authorization: authorization ?? undefined }));

describe('POST /api/v1/items', () => {
  it('adds an item from kind and unit codes and answers 201 with its SKU and where to read it', async () => {
    const res = await create({ sku: 'API-NEW-1', name: 'Sensor cable 2 m', kind: 'part', unit: 'm', standardCost: 1.25, lowStockThreshold: '2.5', manufacturer: 'Acme', perishable: true });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe('/api/v1/items/API-NEW-1');
    expect(await res.json()).toEqual({ sku: 'API-NEW-1' });
    const item = await getItem(apiRequest('GET', '/items/api-new-1', { authorization: admin }), routeParams({ sku: 'api-new-1' }));
    expect(await item.json()).toEqual({
      sku: 'API-NEW-1',
      name: 'Sensor cable 2 m',
      kind: 'part',
      unit: 'm',
      manufacturer: 'Acme',
      mpn: null,
      supplierPartNumbers: [],
      standardCost: '1.25',
      lowStockThreshold: '2.5',
      barcode: 'API-NEW-1',
      perishable: true,
      active: true,
    });
  });

  it('names wrong fields as the API does (kind, unit), and answers 409 for a SKU that exists in any case', async () => {
    const bad = await create({ sku: 'bad sku!', name: '', kind: 'gizmo', unit: 'pcs' });
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json()).errors).sort()).toEqual(['name', 'sku']);
    const unknownCodes = await create({ sku: 'API-NEW-2', name: 'x', kind: 'gizmo', unit: 'bushel' });
    expect(unknownCodes.status).toBe(422);
    expect((await unknownCodes.json()).errors).toEqual({ kind: 'Choose an existing kind.', unit: 'Choose an existing unit.' });
    const missing = await create({ sku: 'API-NEW-3', name: 'x' });
    expect(Object.keys((await missing.json()).errors).sort()).toEqual(['kind', 'unit']);
    const duplicate = await create({ sku: 'ldr-4.1', name: 'Again', kind: 'part', unit: 'pcs' });
    expect(duplicate.status).toBe(409);
    expect(await duplicate.json()).toMatchObject({ code: 'CONFLICT', errors: { sku: 'SKU LDR-4.1 already exists.' } });
  });

  it('answers 403 for a role that may not manage the catalogue, 401 without a token, 400 for a non-JSON body', async () => {
    expect((await create({ sku: 'API-NEW-4', name: 'x', kind: 'part', unit: 'pcs' }, deptLead)).status).toBe(403);
    expect((await create({ sku: 'API-NEW-4', name: 'x', kind: 'part', unit: 'pcs' }, null)).status).toBe(401);
    expect((await create('sku=API-NEW-4')).status).toBe(400);
  });
});

describe('GET /api/v1/items', () => {
  it('searches the catalogue and pages by SKU with an opaque cursor', async () => {
    const first = await list('?search=RES-&limit=2');
    expect(first.status).toBe(200);
    const page1 = await first.json();
    expect(page1.data.map((i: { sku: string }) => i.sku)).toEqual(['RES-100R-0402', 'RES-10K-0603']);
    expect(page1.data[0]).toMatchObject({ name: 'Resistor 100 Ω 1% 0402', kind: 'part', unit: 'pcs', standardCost: '0.003', active: true });
    const page2 = await (await list(`?search=RES-&limit=2&cursor=${page1.nextCursor}`)).json();
    expect(page2).toMatchObject({ data: [{ sku: 'RES-4K7-0603' }], nextCursor: null });
    const pcbs = await (await list('?kind=pcb')).json();
    expect(pcbs.data.map((i: { sku: string }) => i.sku)).toEqual(['PCB-CTRL-R3', 'PCB-SENS-R2']);
  });

  it('answers 422 naming the parameter, lets every role read, 401 without a token', async () => {
    for (const [query, field] of [
      ['?status=retired', 'status'],
      ['?limit=201', 'limit'],
      ['?limit=0', 'limit'],
      ['?cursor=garbage', 'cursor'],
    ]) {
      const res = await list(query);
      expect(res.status, query).toBe(422);
      expect((await res.json()).errors, query).toEqual({ [field]: expect.any(String) });
    }
    expect((await list('', deptLead)).status).toBe(200);
    expect((await list('', null)).status).toBe(401);
  });
});
