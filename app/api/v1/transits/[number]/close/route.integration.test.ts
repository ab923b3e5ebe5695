import { beforeAll, describe, expect, it } from 'vitest';
import { receiveStock } from '@/lib/inventory/movements/receive-stock';
import { getTransit } from '@/lib/inventory/transit/get-transit';
import { receiveTransit } from '@/lib/inventory/transit/receive-transit';
import { shipToSite } from '@/lib/inventory/transit/ship-to-site';
import type { Actor } from '@/lib/roles/actor';
import { demoActor } from '@/scripts/test/actors';
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

const close = (number: string, body: unknown, authorization: string | null = leadToken) =>
  POST(apiRequest('POST', `/transits/${number}/close`, { authorization: authorization ?? undefined, body }), routeParams({ number }));

async function onTheWay(quantity = 10, to = 'MKE-QA', shipper = lead): Promise<{ number: string; sku: string }> {
  const sku = await freshItem('APC');
  await receiveStock(lead, { sku, to: 'CHI-A-01-B1', quantity });
  const { number } = await shipToSite(shipper, { sku, from: 'CHI-A-01-B1', to, quantity });
  return { number, sku };
}

describe('POST /api/v1/transits/{number}/close', () => {
  it('writes off what is still on the way with the reason and answers 200; a second close is 409', async () => {
    const { number, sku } = await onTheWay();
    await receiveTransit(lead, { number, quantity: 8 });
    const res = await close(number, { reason: 'two broken in transport' });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({
      number,
      writtenOff: {
        groupId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        entries: [{ entryType: 'ADJUST_DOWN', sku, location: 'MKE-TRANSIT', batch: '#0001', status: 'available', quantity: '-2', balanceBefore: '2', balanceAfter: '0' }],
      },
    });
    expect(await getTransit(lead, number)).toMatchObject({ status: 'closed_short', received: '8', writtenOff: '2', remaining: '0' });
    expect(await lotsOf(sku)).toEqual({ 'MKE-QA': { '#0001': '8' } });
    const twice = await close(number, { reason: 'again' });
    expect(twice.status).toBe(409);
    expect(await twice.json()).toMatchObject({ code: 'CONFLICT', detail: `${number} is already closed.` });
  });

  it('answers 422 without a reason and 400 without a body, closing nothing', async () => {
    const { number } = await onTheWay();
    for (const body of [{}, { reason: '   ' }, { reason: 'x'.repeat(501) }]) {
      const res = await close(number, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect((await res.json()).errors).toEqual({ reason: expect.any(String) });
    }
    expect((await close(number, undefined)).status).toBe(400);
    expect(await getTransit(lead, number)).toMatchObject({ status: 'in_transit', remaining: '10' });
  });

  it('answers 404 for an unknown number, 401 without a token, 403 for a Member and for the source site only', async () => {
    expect((await close('TRN-999999', { reason: 'lost' })).status).toBe(404);
    const { number } = await onTheWay();
    expect((await close(number, { reason: 'lost' }, null)).status).toBe(401);
    const member = await close(number, { reason: 'lost' }, await bearerOf(await demoActor.member()));
    expect(member.status).toBe(403);
    expect(await member.json()).toMatchObject({ code: 'FORBIDDEN' });
    // Shipped (by an Admin) to another department's site: the shipping side sees it but does not close it.
    const outbound = await onTheWay(3, await freshSite('Logistics', 'LOG'), await demoActor.admin());
    const sourceSide = await close(outbound.number, { reason: 'lost' });
    expect(sourceSide.status).toBe(403);
    expect(await sourceSide.json()).toMatchObject({ detail: 'Only the destination site closes a transit.' });
    expect(await getTransit(lead, number)).toMatchObject({ status: 'in_transit' });
  });
});
