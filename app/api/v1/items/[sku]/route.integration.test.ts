import { describe, expect, it } from 'vitest';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '@/scripts/test/api';
import { GET } from './route';

const get = (sku: string, authorization?: string) => GET(apiRequest('GET', `/items/${encodeURIComponent(sku)}`, { authorization }), routeParams({ sku }));

describe('GET /api/v1/items/{sku}', () => {
  it('answers the item, whatever the case of the SKU', async () => {
    const admin = await bearerOf(await demoActor.admin());
    const res = await get('wire-awg22-bk', admin);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      sku: 'WIRE-AWG22-BK',
      name: 'Hook-up wire AWG22 black',
      kind: 'part',
      unit: 'm',
      manufacturer: 'Alpha Wire',
      mpn: '3051 BK005',
      supplierPartNumbers: [],
      standardCost: '0.35',
      lowStockThreshold: null,
      barcode: 'WIRE-AWG22-BK',
      perishable: false,
      active: true,
    });
  });

  it('answers 404 problem for an unknown SKU, lets every role read, 401 without a token', async () => {
    const admin = await bearerOf(await demoActor.admin());
    for (const sku of ['NO-SUCH-SKU', 'x'.repeat(65)]) {
      const res = await get(sku, admin);
      expect(res.status, sku).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(await res.json()).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await get('LDR-4.1', await bearerOf(await demoActor.member()))).status).toBe(200);
    expect((await get('LDR-4.1')).status).toBe(401);
  });
});
