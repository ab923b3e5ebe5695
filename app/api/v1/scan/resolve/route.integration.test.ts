import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { receiveStock } from '@/lib/inventory/movements/receive-stock';
import { adjustProductStock } from '@/lib/serials/adjust-product-stock';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf } from '@/scripts/test/api';
import { freshProduct } from '@/scripts/test/serials';
import { freshItem, lotsOf } from '@/scripts/test/stock';
import { POST as preview } from '../preview/route';
import { POST as resolve } from './route';

let lead: string;
let member: string;
beforeAll(async () => {
  lead = await bearerOf(await demoActor.teamLead());
  member = await bearerOf(await demoActor.member());
});

const call = (route: typeof resolve, path: string, body: unknown, authorization: string | null = lead) =>
  route(apiRequest('POST', path, { authorization: authorization ?? undefined, body }));
const scan = (body: unknown, authorization?: string | null) => call(resolve, '/scan/resolve', body, authorization);
const previewOf = (body: unknown, authorization?: string | null) => call(preview, '/scan/preview', body, authorization);

async function ok(res: Response) {
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/json');
  return res.json();
}

describe('POST /api/v1/scan/resolve', () => {
  it('tells items, lots, storage units and serials apart, with what is available where', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('RSV');
    await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 30 });
    await receiveStock(admin, { sku, to: 'MKE-QA', quantity: 5 });
    expect(await ok(await scan({ code: `25*${sku.toLowerCase()}`, location: 'MKE-QA' }))).toEqual({
      kind: 'item', code: sku.toLowerCase(), sku, name: `Test item ${sku}`, unit: 'pcs', batch: null, quantity: '25', supplierLot: null,
      available: '35', availableHere: '5', locations: [{ code: 'CHI-A-01-B1', quantity: '30' }, { code: 'MKE-QA', quantity: '5' }],
    });
    expect(await ok(await scan({ code: `${sku}#0002` }, member))).toMatchObject({ kind: 'lot', sku, batch: '#0002', available: '5', availableHere: null, locations: [{ code: 'MKE-QA', quantity: '5' }] });
    expect(await ok(await scan({ code: 'CHI-A-01-B1' }))).toEqual({ kind: 'location', code: 'CHI-A-01-B1', location: { code: 'CHI-A-01-B1', name: 'Bin A-01-B1' } });
    const product = await freshProduct(['QA']);
    const { serials } = await adjustProductStock(admin, { direction: 'add', sku: product.sku, quantity: 1, location: 'MKE-QA', note: 'resolve test' });
    expect(await ok(await scan({ code: serials[0] }))).toMatchObject({ kind: 'serial', serial: serials[0], sku: product.sku, status: 'in_stock', location: 'MKE-QA' });
  });

  it('answers 404 in plain words for an unknown code, 422 for none, 400 for a body that is not JSON, 401 without a token', async () => {
    const unknown = await scan({ code: 'NO-SUCH-THING-42' });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
    expect(await unknown.json()).toMatchObject({ status: 404, code: 'NOT_FOUND', detail: 'Unknown code "NO-SUCH-THING-42".' });
    for (const body of [{}, { code: '   ' }, { code: 'x'.repeat(4001) }]) {
      const res = await scan(body);
      expect(res.status, JSON.stringify(body).slice(0, 40)).toBe(422);
      expect(Object.keys((await res.json()).errors)).toEqual(['code']);
    }
    expect((await scan('{"code":')).status).toBe(400);
    const anonymous = await scan({ code: 'CHI-A-01-B1' }, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });
});

describe('POST /api/v1/scan/preview', () => {
  it('shows every line with the lots FIFO would take, or its error, and posts nothing', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('PRV');
    await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 4 });
    await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 10 });
    const ledger = await db().ledgerEntry.count();
    const good = await ok(await previewOf({ workflow: 'general', action: 'move', location: 'CHI-A-01-B1', to: 'MKE-QA', lines: [{ code: `6*${sku}` }], idempotencyKey: 'ignored' }));
    expect(good).toEqual({
      target: null, location: 'CHI-A-01-B1', to: 'MKE-QA', ok: true,
      lines: [{ index: 0, code: sku, kind: 'item', sku, name: `Test item ${sku}`, unit: 'pcs', quantity: '6', from: 'CHI-A-01-B1', lots: [{ batch: '#0001', quantity: '4' }, { batch: '#0002', quantity: '2' }], error: null }],
    });
    const bad = await ok(await previewOf({ workflow: 'general', action: 'consume', location: 'CHI-A-01-B1', lines: [{ code: sku, quantity: 20 }, { code: 'NOPE-404' }, { code: sku, quantity: '2' }] }));
    expect(bad.ok).toBe(false);
    expect(bad.lines.map((l: { error: string | null }) => l.error)).toEqual([`Not enough ${sku} at CHI-A-01-B1: 14 pcs available.`, 'Unknown code "NOPE-404".', null]);
    expect(await db().ledgerEntry.count()).toBe(ledger);
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0001': '4', '#0002': '10' } });
  });

  it('names the target of a sales or production session by number, and answers 422 for an unknown one', async () => {
    const res = await previewOf({ workflow: 'sales', target: 'SO-NOPE', location: 'CHI-A-01-B1', lines: [{ code: 'CON-USB-C' }] });
    expect(res.status).toBe(422);
    expect((await res.json()).errors).toEqual({ target: 'Unknown sales order "SO-NOPE".' });
    const general = await previewOf({ workflow: 'general', lines: [{ code: 'CON-USB-C' }] });
    expect(general.status).toBe(422);
    expect(Object.keys((await general.json()).errors)).toEqual(['action']);
  });

  it('answers 403 for a workflow the role may not run and 401 without a token', async () => {
    const body = { workflow: 'general', action: 'receive', location: 'CHI-A-01-B1', lines: [{ code: 'CON-USB-C' }] };
    expect((await previewOf(body, member)).status).toBe(403);
    expect((await previewOf(body, null)).status).toBe(401);
  });
});
