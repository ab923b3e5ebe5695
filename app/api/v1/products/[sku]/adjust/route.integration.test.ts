import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { getSerial } from '@/lib/serials/get-serial';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '@/scripts/test/api';
import { freshProduct, unitsOnWorkOrder } from '@/scripts/test/serials';
import { freshItem, lotsOf } from '@/scripts/test/stock';
import { POST } from './route';

let admin: string;
beforeAll(async () => {
  admin = await bearerOf(await demoActor.admin());
});

const adjust = (sku: string, body: unknown, o: { authorization?: string | null; key?: string } = {}) =>
  POST(
    apiRequest('POST', `/products/${encodeURIComponent(sku)}/adjust`, {
      authorization: o.authorization === null ? undefined : (o.authorization ?? admin),
      body,
      headers: o.key === undefined ? {} : { 'Idempotency-Key': o.key },
    }),
    routeParams({ sku }),
  );

async function adjusted(res: Response, status = 201) {
  expect(res.status, await res.clone().text()).toBe(status);
  const body = await res.json();
  expect(Object.keys(body).sort()).toEqual(['groupId', 'serials']);
  return body as { groupId: string; serials: string[] };
}

describe('POST /api/v1/products/{sku}/adjust', () => {
  it('adds new serials in stock and subtracts chosen ones as scrapped, 201 with the posting group and the serials', async () => {
    const { sku } = await freshProduct();
    const add = await adjusted(await adjust(sku, { direction: 'add', quantity: 3, location: 'MKE-QA', note: 'found at stocktake' }));
    expect(add.serials).toHaveLength(3);
    expect(await lotsOf(sku)).toEqual({ 'MKE-QA': { '#0001': '1', '#0002': '1', '#0003': '1' } });
    const taken = await adjusted(await adjust(sku.toLowerCase(), { direction: 'subtract', serials: `${add.serials[0]}, ${add.serials[2]}`, note: 'water damage' }));
    expect(taken.serials).toEqual([add.serials[0], add.serials[2]]);
    expect(taken.groupId).not.toBe(add.groupId);
    expect(await lotsOf(sku)).toEqual({ 'MKE-QA': { '#0002': '1' } });
    expect((await getSerial(await demoActor.admin(), add.serials[0])).status).toBe('scrapped');
  });

  it('answers 422 with field errors for bad bodies and posts nothing', async () => {
    const product = await freshProduct();
    const { serials: [inProduction] } = await unitsOnWorkOrder(product, 1);
    const bulk = await freshItem('BULK');
    for (const [sku, body, errors] of [
      [product.sku, { direction: 'sideways' }, { direction: 'Choose Add or Subtract.' }],
      [product.sku, { quantity: 1 }, { direction: 'Choose Add or Subtract.' }],
      [product.sku, { direction: 'add', quantity: 0, location: 'MKE-QA', note: 'x' }, { quantity: 'Add at least one unit.' }],
      [product.sku, { direction: 'add', quantity: 2, location: 'MKE-QA', note: ' ' }, { note: 'Say why the stock changes.' }],
      [product.sku, { direction: 'add', quantity: 2, location: 'NOWHERE', note: 'x' }, { location: 'Unknown location "NOWHERE".' }],
      [product.sku, { direction: 'subtract', serials: [inProduction], note: 'x' }, { serials: `Not in stock: ${inProduction}.` }],
      [bulk, { direction: 'add', quantity: 2, location: 'MKE-QA', note: 'x' }, { sku: expect.stringContaining('not serial-numbered') }],
    ] as const) {
      const res = await adjust(sku, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect((await res.json()).errors, JSON.stringify(body)).toEqual(errors);
    }
    expect((await adjust(product.sku, '[1,')).status).toBe(400);
    expect(await lotsOf(product.sku)).toEqual({});
  });

  it('posts a repeated Idempotency-Key once, answering the repeat 200 with the first adjustment; the key with another body is 409', async () => {
    const product = await freshProduct();
    const body = { direction: 'add', quantity: 2, location: 'MKE-QA', note: 'opening stock' };
    const key = `adjust-${product.sku}`;
    const first = await adjusted(await adjust(product.sku, body, { key }));
    const again = await adjust(product.sku, body, { key });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await adjusted(again, 200)).toEqual(first);
    for (const [sku, other] of [[product.sku, { ...body, quantity: 3 }], [(await freshProduct()).sku, body]] as const) {
      const res = await adjust(sku, other, { key });
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({ code: 'CONFLICT', detail: 'This idempotency key was already used for a different request.' });
    }
    expect(await db().serialUnit.count({ where: { itemId: product.id } })).toBe(2);
  });

  it('answers 403 below Admin, 401 without a token', async () => {
    const product = await freshProduct();
    const body = { direction: 'add', quantity: 1, location: 'MKE-QA', note: 'x' };
    expect((await adjust(product.sku, body, { authorization: await bearerOf(await demoActor.deptLead()) })).status).toBe(403);
    expect((await adjust(product.sku, body, { authorization: null })).status).toBe(401);
    expect(await lotsOf(product.sku)).toEqual({});
  });
});
