import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { advanceSerial } from '@/lib/serials/advance-serial';
import { approveSerial } from '@/lib/serials/approve-serial';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '@/scripts/test/api';
import { freshProduct, logisticsUser, unitsOnWorkOrder } from '@/scripts/test/serials';
import { lotsOf } from '@/scripts/test/stock';
import { POST } from './route';

let lead: string;
beforeAll(async () => {
  lead = await bearerOf(await demoActor.teamLead());
});

const deliver = (serial: string, body: unknown, o: { authorization?: string | null; key?: string } = {}) =>
  POST(
    apiRequest('POST', `/serials/${encodeURIComponent(serial)}/deliver`, {
      authorization: o.authorization === null ? undefined : (o.authorization ?? lead),
      body,
      headers: o.key === undefined ? {} : { 'Idempotency-Key': o.key },
    }),
    routeParams({ serial }),
  );

/** Units of a two-stage product; `inStock` of them approved into MKE-QA. */
async function units(count: number, inStock = count): Promise<{ sku: string; serials: string[] }> {
  const product = await freshProduct(['Assembly', 'QA']);
  const { serials } = await unitsOnWorkOrder(product, count);
  const teamLead = await demoActor.teamLead();
  for (const serial of serials.slice(0, inStock)) {
    await advanceSerial(teamLead, { serial });
    await approveSerial(teamLead, { serial, location: 'MKE-QA' });
  }
  return { sku: product.sku, serials };
}

const deliveries = (serial: string) => db().serialEvent.count({ where: { serialUnit: { serial }, action: 'delivered' } });

describe('POST /api/v1/serials/{serial}/deliver', () => {
  it('takes a unit in stock out against the reference and answers the serial', async () => {
    const { sku, serials: [serial] } = await units(1);
    const res = await deliver(serial, { reference: 'SO-4411', note: 'express' });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ serial, status: 'delivered', location: null, replayed: false, history: expect.arrayContaining([expect.objectContaining({ action: 'delivered', reference: 'SO-4411' })]) });
    expect(await lotsOf(sku)).toEqual({});
  });

  it('refuses with 409 a unit not in stock (in production, delivered already); nothing changes', async () => {
    const { serials: [delivered, inProduction] } = await units(2, 1);
    const early = await deliver(inProduction, { reference: 'SO-1' });
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ code: 'CONFLICT', detail: `${inProduction} is In Production: only a unit in stock can be delivered.` });
    expect((await deliver(delivered, { reference: 'SO-1' })).status).toBe(200);
    const twice = await deliver(delivered, { reference: 'SO-2' });
    expect(twice.status).toBe(409);
    expect(await twice.json()).toMatchObject({ detail: `${delivered} is Delivered: only a unit in stock can be delivered.` });
    expect([await deliveries(delivered), await deliveries(inProduction)]).toEqual([1, 0]);
  });

  it('answers 422 without a reference', async () => {
    const { sku, serials: [serial] } = await units(1);
    for (const body of [{}, { reference: ' ' }, { reference: 'x'.repeat(101) }]) {
      const res = await deliver(serial, body);
      expect(res.status).toBe(422);
      expect(Object.keys((await res.json()).errors)).toEqual(['reference']);
    }
    expect(await lotsOf(sku)).toEqual({ 'MKE-QA': { '#0001': '1' } });
  });

  it('applies a repeated Idempotency-Key once; the key with another body is 409', async () => {
    const { sku, serials: [serial] } = await units(1);
    const key = `deliver-${serial}`;
    const first = await deliver(serial, { reference: 'SO-7' }, { key });
    expect(first.status).toBe(200);
    const again = await deliver(serial, { reference: 'SO-7' }, { key });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual({ ...(await first.json()), replayed: true });
    const other = await deliver(serial, { reference: 'SO-8' }, { key });
    expect(other.status).toBe(409);
    expect(await other.json()).toMatchObject({ detail: 'This idempotency key was already used for a different request.' });
    expect(await deliveries(serial)).toBe(1);
    expect(await lotsOf(sku)).toEqual({});
  });

  it('answers 403 for a Member, 404 outside the scope, 401 without a token', async () => {
    const { serials: [serial] } = await units(1);
    expect((await deliver(serial, { reference: 'SO-1' }, { authorization: await bearerOf(await demoActor.member()) })).status).toBe(403);
    expect((await deliver(serial, { reference: 'SO-1' }, { authorization: await bearerOf(await logisticsUser('DEPARTMENT_LEAD')) })).status).toBe(404);
    expect((await deliver(serial, { reference: 'SO-1' }, { authorization: null })).status).toBe(401);
    expect(await deliveries(serial)).toBe(0);
  });
});
