import { describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/client';
import { setPluginEnabled } from '../../../lib/plugins/plugin-states';
import { demoActor } from '../../../scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '../../../scripts/test/api';
import { freshItem } from '../../../scripts/test/stock';
import { createSupplier } from '../lib/suppliers';
import { getLotForecast } from './lot-forecast';
import { getPurchaseOrderRoute, postReceivePurchaseOrder } from './purchase-order';
import { postPurchaseOrder } from './purchase-orders';

const supplierCode = async () => (await createSupplier(await demoActor.admin(), { code: `API-SUP-${Date.now().toString(36)}`, name: 'API supplier' })).code;

describe('purchase orders API', () => {
  it('orders (Idempotency-Key honoured), receives in part and reads the order', async () => {
    const token = await bearerOf(await demoActor.deptLead());
    const supplier = await supplierCode();
    const sku = await freshItem('AP');
    const order = () =>
      postPurchaseOrder(apiRequest('POST', '/purchase-orders', { authorization: token, headers: { 'Idempotency-Key': 'api-po-1' }, body: { supplier, lines: [{ sku, quantity: 10, unitPrice: 0.25, expectedAt: '2099-06-01' }] } }));
    const created = await order();
    expect(created.status).toBe(201);
    const { number } = await created.json();
    expect(number).toMatch(/^PO-\d{6}$/);
    const again = await order();
    expect(again.status).toBe(200);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await again.json()).toEqual({ number });

    const receive = (quantity: number, key: string) =>
      postReceivePurchaseOrder(
        apiRequest('POST', `/purchase-orders/${number}/receive`, { authorization: token, headers: { 'Idempotency-Key': key }, body: { lines: [{ sku, quantity, location: 'CHI-A-01-B1' }] } }),
        routeParams({ number }),
      );
    const r = await receive(4, 'api-rcv-1');
    expect(r.status).toBe(201);
    expect(await r.json()).toMatchObject({ number, status: 'partially_received', entries: [{ entryType: 'RECEIPT', sku, quantity: '4' }] });
    expect((await receive(4, 'api-rcv-1')).status).toBe(200);
    const over = await receive(7, 'api-rcv-2');
    expect(over.status).toBe(422);
    expect((await over.json()).errors).toEqual({ 'lines.0.quantity': `Only 6 pcs of ${sku} are still expected on ${number}.` });

    const read = await getPurchaseOrderRoute(apiRequest('GET', `/purchase-orders/${number}`, { authorization: token }), routeParams({ number }));
    expect(await read.json()).toMatchObject({ number, supplier, status: 'partially_received', lines: [{ sku, quantity: '10', received: '4', open: '6', unitPrice: '0.25', expectedAt: '2099-06-01' }] });
  });

  it('answers the lot forecast, 404 for an unknown lot and everywhere while the plugin is off', async () => {
    const admin = await demoActor.admin();
    const token = await bearerOf(admin);
    const [part, product] = [await freshItem('AF'), await freshItem('AFP')];
    const ids = Object.fromEntries((await db().item.findMany({ where: { sku: { in: [part, product] } } })).map((i) => [i.sku, i.id]));
    const bom = await db().bom.create({ data: { itemId: ids[product], version: 1, createdById: admin.id, lines: { create: [{ position: 1, itemId: ids[part], quantityPer: 3 }] } } });
    const number = `LOT-API${Date.now().toString(36).toUpperCase()}`;
    await db().productionLot.create({ data: { number, itemId: ids[product], bomId: bom.id, quantity: 2, departmentId: admin.departmentId, createdById: admin.id } });
    const forecast = () => getLotForecast(apiRequest('GET', `/production-lots/${number}/forecast`, { authorization: token }), routeParams({ number }));
    const res = await forecast();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: [{ sku: part, required: '6', onHand: '0', allocatedElsewhere: '0', onOrder: '0', expectedAt: null, shortfall: '6' }] });
    expect((await getLotForecast(apiRequest('GET', '/production-lots/LOT-NOPE/forecast', { authorization: token }), routeParams({ number: 'LOT-NOPE' }))).status).toBe(404);
    await setPluginEnabled(admin, 'purchasing', false);
    try {
      expect((await forecast()).status).toBe(404);
      expect((await postPurchaseOrder(apiRequest('POST', '/purchase-orders', { authorization: token, body: { supplier: 'X', lines: [] } }))).status).toBe(404);
    } finally {
      await setPluginEnabled(admin, 'purchasing', true);
    }
  });
});
