import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { receiveStock } from '@/lib/inventory/movements/receive-stock';
import { getTransit } from '@/lib/inventory/transit/get-transit';
import { shipToSite } from '@/lib/inventory/transit/ship-to-site';
import type { Actor } from '@/lib/roles/actor';
import { actorByEmail, demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '@/scripts/test/api';
import { freshSite } from '@/scripts/test/locations';
import { freshItem, lotsOf } from '@/scripts/test/stock';
import { POST } from './route';

let lead: Actor;
let leadToken: string;
beforeAll(async () => {
  lead = await demoActor.teamLead();
  leadToken = await bearerOf(lead);
});

const receive = (number: string, body: unknown, options: { authorization?: string | null; key?: string } = {}) =>
  POST(
    apiRequest('POST', `/transits/${number}/receive`, {
      authorization: options.authorization === null ? undefined : (options.authorization ?? leadToken),
      body,
      headers: options.key === undefined ? {} : { 'Idempotency-Key': options.key },
    }),
    routeParams({ number }),
  );

/** A document of `quantity` pcs from CHI-A-01-B1 to MKE-QA; answers its number and SKU. */
async function onTheWay(quantity = 10): Promise<{ number: string; sku: string }> {
  const sku = await freshItem('APR');
  await receiveStock(lead, { sku, to: 'CHI-A-01-B1', quantity });
  const { number } = await shipToSite(lead, { sku, from: 'CHI-A-01-B1', to: 'MKE-QA', quantity });
  return { number, sku };
}

async function received(res: Response, status = 201) {
  expect(res.status, await res.clone().text()).toBe(status);
  const body = await res.json();
  expect(Object.keys(body).sort()).toEqual(['closed', 'entries', 'groupId', 'number']);
  return body as { number: string; closed: boolean; groupId: string; entries: Record<string, string>[] };
}

describe('POST /api/v1/transits/{number}/receive', () => {
  it('receives part into the destination, the rest into another storage unit of the site, then the document is closed', async () => {
    const { number, sku } = await onTheWay();
    const part = await received(await receive(number, { quantity: 7 }));
    expect(part).toMatchObject({ number, closed: false });
    expect(part.entries.map((e) => [e.entryType, e.location, e.quantity])).toEqual([
      ['TRANSFER_OUT', 'MKE-TRANSIT', '-7'],
      ['TRANSFER_IN', 'MKE-QA', '7'],
    ]);
    const rest = await received(await receive(number, { quantity: '3', location: 'MKE-LINE-1' }));
    expect(rest.closed).toBe(true);
    expect(await lotsOf(sku)).toEqual({ 'MKE-QA': { '#0001': '7' }, 'MKE-LINE-1': { '#0001': '3' } });
    const again = await receive(number, { quantity: 1 });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'CONFLICT', detail: `${number} is closed: nothing left to receive.` });
  });

  it('answers 409 for more than is still on the way, naming the quantity', async () => {
    const { number, sku } = await onTheWay(5);
    await received(await receive(number, { quantity: 4 }));
    const res = await receive(number, { quantity: 2 });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: 'INSUFFICIENT_STOCK', errors: { quantity: `Only 1 pcs of ${number} are still on the way.` } });
    expect(await lotsOf(sku)).toEqual({ 'MKE-QA': { '#0001': '4' }, 'MKE-TRANSIT': { '#0001': '1' } });
  });

  it('answers 422 naming the field, and receives nothing', async () => {
    const { number, sku } = await onTheWay();
    const cases: [string, unknown, string][] = [
      ['missing quantity', {}, 'quantity'],
      ['zero', { quantity: 0 }, 'quantity'],
      ['not a number', { quantity: 'many' }, 'quantity'],
      ['decimals on pieces', { quantity: 1.5 }, 'quantity'],
      ['unknown storage unit', { quantity: 1, location: 'NOWHERE-1' }, 'location'],
      ['storage unit of another site', { quantity: 1, location: 'CHI-A-01-B2' }, 'location'],
      ['the transit unit itself', { quantity: 1, location: 'MKE-TRANSIT' }, 'location'],
    ];
    for (const [label, body, field] of cases) {
      const res = await receive(number, body);
      expect(res.status, label).toBe(422);
      expect(res.headers.get('content-type'), label).toBe('application/problem+json');
      expect(Object.keys((await res.json()).errors), label).toContain(field);
    }
    expect((await receive(number, '{"quantity":')).status).toBe(400);
    expect(await lotsOf(sku)).toEqual({ 'MKE-TRANSIT': { '#0001': '10' } });
  });

  it('answers 404 for an unknown number, 401 without a token, 403 for a Member and for the source site only', async () => {
    const { number, sku } = await onTheWay();
    for (const unknown of ['TRN-999999', 'TRN 1']) {
      const res = await receive(unknown, { quantity: 1 });
      expect(res.status, unknown).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'NOT_FOUND' });
    }
    const anonymous = await receive(number, { quantity: 1 }, { authorization: null });
    expect(anonymous.status).toBe(401);
    const member = await receive(number, { quantity: 1 }, { authorization: await bearerOf(await demoActor.member()) });
    expect(member.status).toBe(403);
    expect(await member.json()).toMatchObject({ code: 'FORBIDDEN' });

    // Shipped (by an Admin) to another department's site: the shipping side sees it but does not receive it.
    const dock = await freshSite('Logistics', 'LOG');
    await receiveStock(lead, { sku, to: 'CHI-A-01-B1', quantity: 2 });
    const outbound = (await shipToSite(await demoActor.admin(), { sku, from: 'CHI-A-01-B1', to: dock, quantity: 2 })).number;
    const sourceSide = await receive(outbound, { quantity: 1 });
    expect(sourceSide.status).toBe(403);
    expect(await sourceSide.json()).toMatchObject({ detail: 'Only the destination site receives a transit.' });
    const logistics = await db().department.findUniqueOrThrow({ where: { name: 'Logistics' } });
    const other = await db().user.create({ data: { email: `log-${sku.toLowerCase()}@test.local`, name: 'Logistics lead', role: 'TEAM_LEAD', departmentId: logistics.id, passwordHash: 'x' } });
    await received(await receive(outbound, { quantity: 2 }, { authorization: await bearerOf(await actorByEmail(other.email)) }));
    expect(await getTransit(lead, number)).toMatchObject({ received: '0', remaining: '10' });
  });

  it('receives once for a repeated Idempotency-Key: 200 with the first receipt', async () => {
    const { number, sku } = await onTheWay();
    const key = `receive-${sku}`;
    const first = await received(await receive(number, { quantity: 3 }, { key }));
    const again = await receive(number, { quantity: 3 }, { key });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const replay = await received(again, 200);
    expect(replay).toEqual(first);
    expect((await receive(number, { quantity: 4 }, { key })).status).toBe(409);
    expect(await lotsOf(sku)).toEqual({ 'MKE-QA': { '#0001': '3' }, 'MKE-TRANSIT': { '#0001': '7' } });
  });
});
