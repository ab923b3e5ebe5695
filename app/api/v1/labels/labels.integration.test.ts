// The label routes of the API: bearer token, problem+json, the actor's scope
// (404 outside it), ?format= over the Admin's default, ZPL for roll formats only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiveStock } from '@/lib/inventory/movements/receive-stock';
import { updateSettings } from '@/lib/settings/update-settings';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '@/scripts/test/api';
import { freshSite, freshStorageUnit } from '@/scripts/test/locations';
import { freshProduct, logisticsUser, unitsOnWorkOrder } from '@/scripts/test/serials';
import { freshItem } from '@/scripts/test/stock';
import { GET as itemGET } from './items/[file]/route';
import { GET as locationGET } from './locations/[file]/route';
import { GET as lotGET } from './lots/[file]/route';
import { GET as selectedGET } from './selected/[file]/route';
import { GET as serialGET } from './serials/[file]/route';
import { GET as workOrderGET } from './work-orders/[file]/route';

const routes = { items: itemGET, locations: locationGET, lots: lotGET, serials: serialGET, 'work-orders': workOrderGET };
const get = (target: keyof typeof routes, file: string, authorization?: string, query = '') =>
  routes[target](apiRequest('GET', `/labels/${target}/${encodeURIComponent(file)}${query}`, { authorization }), routeParams({ file }));

const dir = mkdtempSync(path.join(tmpdir(), 'qm-label-routes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
async function pdfText(res: Response): Promise<{ text: string; info: string }> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return { text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }), info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }) };
}

let admin: string;
let deptLead: string;
let logistics: string;
let sku: string;
beforeAll(async () => {
  admin = await bearerOf(await demoActor.admin());
  deptLead = await bearerOf(await demoActor.deptLead());
  logistics = await bearerOf(await logisticsUser('DEPARTMENT_LEAD'));
  sku = await freshItem('LBL');
  await receiveStock(await demoActor.admin(), { sku, to: 'CHI-A-01-B1', quantity: 5 });
});

describe('GET /api/v1/labels/...', () => {
  it('answers 401 problem without a token', async () => {
    const res = await get('items', `${sku}.pdf`);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it("prints an item's label inline as PDF on the default stock, ready for the browser's viewer", async () => {
    const res = await get('items', `${sku.toLowerCase()}.pdf`, deptLead);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`inline; filename="labels-items-${sku.toLowerCase()}-roll-62x29.pdf"`);
    const { text, info } = await pdfText(res);
    expect(text).toContain(sku);
    expect(text).toContain(`Test item ${sku}`);
    expect(info).toMatch(/Page size:\s+175\.7\d* x 82\.2\d* pts/);
  });

  it('takes ?format= over the default, and the Admin default when none is asked for; a bad format is 422', async () => {
    const a4 = await get('items', `${sku}.pdf`, deptLead, '?format=a4-3x8');
    expect(a4.status).toBe(200);
    expect((await pdfText(a4)).info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts/);
    await updateSettings(await demoActor.admin(), { 'labels.defaultFormat.item': 'letter-30up' });
    try {
      const res = await get('items', `${sku}.pdf`, deptLead);
      expect(res.headers.get('content-disposition')).toContain('letter-30up.pdf');
    } finally {
      await updateSettings(await demoActor.admin(), { 'labels.defaultFormat.item': 'roll-62x29' });
    }
    const bad = await get('items', `${sku}.pdf`, deptLead, '?format=A5');
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ code: 'INVALID_INPUT', errors: { format: expect.stringContaining('roll-62x29') } });
  });

  it('answers ZPL for roll formats and 422 for a sheet format (ZPL is for roll printers)', async () => {
    const res = await get('items', `${sku}.zpl`, deptLead, '?format=roll-4x6in');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zpl; charset=utf-8');
    const zpl = await res.text();
    expect(zpl).toMatch(/^\^XA\n/);
    expect(zpl).toContain('^PW812');
    expect(zpl).toContain(`^BCN`);
    const sheet = await get('items', `${sku}.zpl`, deptLead, '?format=a4-3x8');
    expect(sheet.status).toBe(422);
    expect(await sheet.json()).toMatchObject({ code: 'INVALID_INPUT', detail: expect.stringContaining('roll') });
  });

  it('prints a storage unit, and with ?descendants=true every storage unit beneath it', async () => {
    const shelf = await freshStorageUnit('CHI-A', 'SHELF');
    const bins = [await freshStorageUnit(shelf, 'BIN'), await freshStorageUnit(shelf, 'BIN')];
    const one = await get('locations', `${shelf}.pdf`, deptLead);
    expect(one.headers.get('x-label-count')).toBe('1');
    const all = await get('locations', `${shelf}.pdf`, deptLead, '?descendants=true');
    expect(all.status).toBe(200);
    expect(all.headers.get('x-label-count')).toBe('3');
    const { text } = await pdfText(all);
    for (const code of [shelf, ...bins]) expect(text).toContain(code);
    expect(text).toContain('Chicago');
    expect((await get('locations', `${shelf}.pdf`, deptLead, '?descendants=maybe')).status).toBe(422);
  });

  it("answers 404 for a storage unit of another department's site and for an unknown one", async () => {
    const site = await freshSite('Logistics', 'LBL');
    expect((await get('locations', `${site}.pdf`, deptLead)).status).toBe(404);
    expect((await get('locations', `${site}.pdf`, logistics)).status).toBe(200);
    expect((await get('locations', 'CHI-A-01-B1.pdf', logistics)).status).toBe(404);
    const unknown = await get('locations', 'NOPE-404.pdf', admin);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
  });

  it('prints the batch label after receiving (SKU#0001); another department gets 404', async () => {
    const res = await get('lots', `${sku}#0001.pdf`, deptLead);
    expect(res.status).toBe(200);
    const { text } = await pdfText(res);
    expect(text).toContain(`${sku} #0001`);
    expect(text).toContain(`${sku}#0001`);
    expect(text).toContain(`Received ${new Date().toISOString().slice(0, 10)}`);
    // Should a proxy hand the segment over still encoded, the "#" is decoded all the same.
    expect((await get('lots', `${sku}%230001.pdf`, deptLead)).status).toBe(200);
    expect((await get('lots', `${sku}#0001.pdf`, logistics)).status).toBe(404);
    expect((await get('lots', `${sku}#0002.pdf`, admin)).status).toBe(404);
  });

  it("prints a serial, or a work order's serials one label each, within the production scope", async () => {
    const product = await freshProduct();
    const order = await unitsOnWorkOrder(product, 3);
    const one = await get('serials', `${order.serials[0]}.pdf`, deptLead, '?barcode=qrcode');
    expect(one.status).toBe(200);
    expect((await pdfText(one)).text).toContain(order.serials[0]);
    const all = await get('work-orders', `${order.number}.pdf`, deptLead);
    expect(all.headers.get('x-label-count')).toBe('3');
    const { text } = await pdfText(all);
    for (const serial of order.serials) expect(text).toContain(serial);
    expect((await get('serials', `${order.serials[0]}.pdf`, logistics)).status).toBe(404);
    expect((await get('work-orders', `${order.number}.pdf`, logistics)).status).toBe(404);
    expect((await get('serials', `${order.serials[0]}.pdf`, deptLead, '?barcode=ean13')).status).toBe(422);
  });

  it('answers 404 for a file that is neither .pdf nor .zpl', async () => {
    expect((await get('items', `${sku}.png`, admin)).status).toBe(404);
    expect((await get('items', sku, admin)).status).toBe(404);
  });
});

describe('GET /api/v1/labels/selected/{items|serials}.pdf?key=…', () => {
  const selected = (file: string, keys: string[], authorization?: string) =>
    selectedGET(apiRequest('GET', `/labels/selected/${file}?${new URLSearchParams(keys.map((k) => ['key', k]))}`, { authorization }), routeParams({ file }));

  it('prints the ticked serials in their order, once each; one outside the scope makes it 404; nothing ticked is 422', async () => {
    const order = await unitsOnWorkOrder(await freshProduct(), 3);
    const keys = [order.serials[2], order.serials[0], order.serials[2].toLowerCase()];
    const res = await selected('serials.pdf', keys, deptLead);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-label-count')).toBe('2');
    const { text } = await pdfText(res);
    expect(text.indexOf(order.serials[2])).toBeLessThan(text.indexOf(order.serials[0]));
    expect((await selected('serials.pdf', keys, logistics)).status).toBe(404);
    expect((await selected('serials.pdf', [], deptLead)).status).toBe(422);
    expect((await selected('serials.pdf', keys)).status).toBe(401);
  });

  it('prints ticked items, as ZPL too; an unknown SKU or another kind of file is 404', async () => {
    const other = await freshItem('LBS');
    const zpl = await selected('items.zpl', [sku, other], deptLead);
    expect(zpl.status).toBe(200);
    expect((await zpl.text()).match(/\^XA/g)).toHaveLength(2);
    expect((await selected('items.pdf', [sku, 'NO-SUCH-SKU'], deptLead)).status).toBe(404);
    expect((await selected('locations.pdf', ['CHI-A'], deptLead)).status).toBe(404);
  });
});
