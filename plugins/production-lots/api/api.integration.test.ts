import { describe, expect, it } from 'vitest';
import { setPluginEnabled } from '../../../lib/plugins';
import { demoActor } from '../../../scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '../../../scripts/test/api';
import { freshItem } from '../../../scripts/test/stock';
import { freshAssembly } from '../lib/test-factories';
import { postBom } from './boms';
import { getProductionLot, postReleaseLot } from './production-lot';
import { postProductionLot } from './production-lots';

describe('production lots API', () => {
  it('saves a BOM, plans a lot (Idempotency-Key honoured), releases and reads it', async () => {
    const token = await bearerOf(await demoActor.deptLead());
    const product = await freshAssembly();
    const part = await freshItem('AP');
    const saved = await postBom(apiRequest('POST', '/boms', { authorization: token, body: { product, lines: [{ sku: part, quantityPer: 3 }] } }));
    expect(saved.status).toBe(201);
    expect(await saved.json()).toEqual({ product, version: 1 });

    const plan = () => postProductionLot(apiRequest('POST', '/production-lots', { authorization: token, headers: { 'Idempotency-Key': 'api-lot-1' }, body: { product, quantity: 2, bogus: 1 } }));
    const created = await plan();
    expect(created.status).toBe(201);
    const { number } = await created.json();
    expect(number).toMatch(/^LOT-\d{6}$/);
    const again = await plan();
    expect(again.status).toBe(200);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await again.json()).toEqual({ number });
    const other = await postProductionLot(apiRequest('POST', '/production-lots', { authorization: token, headers: { 'Idempotency-Key': 'api-lot-1' }, body: { product, quantity: 5 } }));
    expect(other.status).toBe(409);

    const released = await postReleaseLot(apiRequest('POST', `/production-lots/${number}/release`, { authorization: token }), routeParams({ number }));
    expect(released.status).toBe(200);
    expect(await released.json()).toEqual({ number, status: 'released' });
    expect((await postReleaseLot(apiRequest('POST', `/production-lots/${number}/release`, { authorization: token }), routeParams({ number }))).status).toBe(409);

    const read = await getProductionLot(apiRequest('GET', `/production-lots/${number}`, { authorization: token }), routeParams({ number }));
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ number, product, status: 'released', items: [{ sku: part, required: '6', allocated: '6', consumed: '0' }], materialCost: '0.00' });
  });

  it('answers 422 per field, 404 for an unknown lot, and 404 everywhere while the plugin is off', async () => {
    const admin = await demoActor.admin();
    const token = await bearerOf(admin);
    const bad = await postBom(apiRequest('POST', '/boms', { authorization: token, body: { product: 'NOPE-XYZ', lines: [{ sku: 'X', quantityPer: 1 }] } }));
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors).toEqual({ product: 'There is no item NOPE-XYZ.' });
    expect((await getProductionLot(apiRequest('GET', '/production-lots/LOT-999999', { authorization: token }), routeParams({ number: 'LOT-999999' }))).status).toBe(404);
    expect((await getProductionLot(apiRequest('GET', '/production-lots/%25', { authorization: token }), routeParams({ number: '%' }))).status).toBe(404);
    const product = await freshAssembly();
    await setPluginEnabled(admin, 'production-lots', false);
    try {
      const body = { product, lines: [{ sku: await freshItem('AQ'), quantityPer: 1 }] };
      expect((await postBom(apiRequest('POST', '/boms', { authorization: token, body }))).status).toBe(404);
      expect((await postProductionLot(apiRequest('POST', '/production-lots', { authorization: token, body: { product, quantity: 1 } }))).status).toBe(404);
    } finally {
      await setPluginEnabled(admin, 'production-lots', true);
    }
  });
});
