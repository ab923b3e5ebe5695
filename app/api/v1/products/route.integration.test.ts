import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { advanceSerial } from '@/lib/serials/advance-serial';
import { approveSerial } from '@/lib/serials/approve-serial';
import { deliverSerial } from '@/lib/serials/deliver-serial';
import { markDefect } from '@/lib/serials/mark-defect';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf } from '@/scripts/test/api';
import { freshProduct, logisticsUser, unitsOnWorkOrder } from '@/scripts/test/serials';
import { GET } from './route';

let admin: string;
let member: string;
let product: { sku: string; id: number };
let idle: { sku: string; id: number };
beforeAll(async () => {
  admin = await bearerOf(await demoActor.admin());
  member = await bearerOf(await demoActor.member());
  // Five units: two in stock, one delivered, one scrapped, one in production.
  product = await freshProduct(['Assembly', 'QA']);
  const { serials } = await unitsOnWorkOrder(product, 5);
  const lead = await demoActor.teamLead();
  for (const serial of serials.slice(0, 3)) {
    await advanceSerial(lead, { serial });
    await approveSerial(lead, { serial, location: 'MKE-QA' });
  }
  await deliverSerial(lead, { serial: serials[2], reference: 'SO-1' });
  await markDefect(await demoActor.admin(), { serial: serials[3], action: 'scrap', notes: 'dropped' });
  idle = await freshProduct();
});

const list = (query: string, authorization: string | undefined) => GET(apiRequest('GET', `/products${query ? `?${query}` : ''}`, { authorization }));
async function products(query: string, authorization = member) {
  const res = await list(query, authorization);
  expect(res.status, await res.clone().text()).toBe(200);
  const body = await res.json();
  expect(body.nextCursor).toBeNull();
  return body.data as Record<string, unknown>[];
}
const skus = (rows: Record<string, unknown>[]) => rows.map((r) => r.sku);

describe('GET /api/v1/products', () => {
  it('answers every product with its unit counts by default, and only those with stock for view=available', async () => {
    const rows = await products('');
    expect(rows.find((r) => r.sku === product.sku)).toEqual({
      sku: product.sku, name: `Test product ${product.sku}`, kind: 'product', inStock: 2, inProduction: 1, defects: 1, delivered: 1, totalSerials: 5, lowStock: true,
    });
    await db().item.update({ where: { id: product.id }, data: { lowStockThreshold: 2 } });
    expect((await products('')).find((r) => r.sku === product.sku)).toMatchObject({ lowStock: false });
    expect(skus(await products('view=available'))).toContain(product.sku);

    // A product without units in stock: listed under all, not under available; without any unit, for Admins only.
    await unitsOnWorkOrder(idle, 1);
    expect(skus(await products(''))).toContain(idle.sku);
    expect(skus(await products('view=available'))).not.toContain(idle.sku);
    const unused = await freshProduct();
    expect(skus(await products('', admin))).toContain(unused.sku);
    expect(skus(await products(''))).not.toContain(unused.sku);
  });

  it('filters by kind and by SKU or name text', async () => {
    expect(skus(await products(`search=${product.sku.toLowerCase()}`))).toEqual([product.sku]);
    expect(skus(await products(`kind=product&search=${product.sku}`))).toEqual([product.sku]);
    expect(await products(`kind=pcb&search=${product.sku}`)).toEqual([]);
  });

  it('counts only the units in scope: a Logistics lead sees none of these products', async () => {
    expect(skus(await products('', await bearerOf(await logisticsUser('DEPARTMENT_LEAD'))))).not.toContain(product.sku);
  });

  it('answers 422 for a bad view and 401 without a token', async () => {
    const res = await list('view=some', member);
    expect(res.status).toBe(422);
    expect((await res.json()).errors).toEqual({ view: 'Choose available stock or all historical.' });
    expect((await list('', undefined)).status).toBe(401);
  });
});
