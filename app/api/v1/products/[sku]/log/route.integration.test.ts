import { beforeAll, describe, expect, it } from 'vitest';
import { adjustProductStock } from '@/lib/serials/adjust-product-stock';
import { advanceSerial } from '@/lib/serials/advance-serial';
import { approveSerial } from '@/lib/serials/approve-serial';
import { deliverSerial } from '@/lib/serials/deliver-serial';
import { markDefect } from '@/lib/serials/mark-defect';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '@/scripts/test/api';
import { freshProduct, logisticsUser, unitsOnWorkOrder } from '@/scripts/test/serials';
import { GET } from './route';

let member: string;
let deptLead: string;
let sku: string;
let serials: string[];
let added: string[];
beforeAll(async () => {
  member = await bearerOf(await demoActor.member());
  deptLead = await bearerOf(await demoActor.deptLead());
  const product = await freshProduct(['Assembly', 'QA']);
  sku = product.sku;
  ({ serials } = await unitsOnWorkOrder(product, 3));
  const lead = await demoActor.teamLead();
  const admin = await demoActor.admin();
  for (const serial of serials.slice(0, 2)) {
    await advanceSerial(lead, { serial });
    await approveSerial(lead, { serial, location: 'MKE-QA' });
  }
  await deliverSerial(lead, { serial: serials[0], reference: 'SO-9' });
  await markDefect(admin, { serial: serials[2], action: 'scrap', notes: 'solder bridge' });
  ({ serials: added } = await adjustProductStock(admin, { direction: 'add', sku, quantity: 1, location: 'MKE-QA', note: 'found at stocktake' }));
  await adjustProductStock(admin, { direction: 'subtract', sku, serials: [serials[1]], note: 'water damage' });
});

const log = (product: string, query = '', authorization: string | undefined = member) =>
  GET(apiRequest('GET', `/products/${encodeURIComponent(product)}/log${query}`, { authorization }), routeParams({ sku: product }));
async function page(product: string, query = '', authorization?: string) {
  const res = await log(product, query, authorization);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as { data: Record<string, unknown>[]; nextCursor: string | null };
}

describe('GET /api/v1/products/{sku}/log', () => {
  it('answers approvals, deliveries, defects and adjustments newest first with the units in stock before and after', async () => {
    const { data, nextCursor } = await page(sku.toLowerCase(), '', deptLead);
    expect(nextCursor).toBeNull();
    expect(data.map((e) => [e.serial, e.action, e.change, e.before, e.after])).toEqual([
      [serials[1], 'Manual adjustment (subtract)', -1, 2, 1],
      [added[0], 'Manual adjustment (add)', 1, 1, 2],
      [serials[2], 'Defect: scrap', 0, 1, 1],
      [serials[0], 'Delivery', -1, 2, 1],
      [serials[1], 'QA approval', 1, 1, 2],
      [serials[0], 'QA approval', 1, 0, 1],
    ]);
    expect(data[2]).toEqual({ at: expect.any(String), product: sku, serial: serials[2], action: 'Defect: scrap', change: 0, before: 1, after: 1, user: (await demoActor.admin()).name, note: 'solder bridge' });
    // A Member counts only the units in their scope: the added one belongs to no team, so it is not theirs.
    expect((await page(sku)).data.map((e) => [e.serial, e.before, e.after])).toEqual([[serials[1], 1, 0], [serials[2], 1, 1], [serials[0], 2, 1], [serials[1], 1, 2], [serials[0], 0, 1]]);
  });

  it('pages with limit and cursor', async () => {
    const all = await page(sku, '', deptLead);
    const first = await page(sku, '?limit=4', deptLead);
    expect(first.data).toEqual(all.data.slice(0, 4));
    expect(await page(sku, `?limit=4&cursor=${first.nextCursor}`, deptLead)).toEqual({ data: all.data.slice(4), nextCursor: null });
  });

  it('shows nothing outside the scope or for an unknown product; 422 for a bad limit, 401 without a token', async () => {
    expect(await page(sku, '', await bearerOf(await logisticsUser('DEPARTMENT_LEAD')))).toEqual({ data: [], nextCursor: null });
    expect(await page('NO-SUCH-PRODUCT')).toEqual({ data: [], nextCursor: null });
    const bad = await log(sku, '?limit=0');
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors).toEqual({ limit: expect.any(String) });
    expect((await log('x'.repeat(65))).status).toBe(404);
    expect((await log(sku, '', undefined)).status).toBe(200);
    expect((await GET(apiRequest('GET', `/products/${sku}/log`), routeParams({ sku }))).status).toBe(401);
  });
});
