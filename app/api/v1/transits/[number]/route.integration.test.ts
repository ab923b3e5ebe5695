import { describe, expect, it } from 'vitest';
import { receiveStock } from '@/lib/inventory/movements/receive-stock';
import { receiveTransit } from '@/lib/inventory/transit/receive-transit';
import { shipToSite } from '@/lib/inventory/transit/ship-to-site';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '@/scripts/test/api';
import { freshSite } from '@/scripts/test/locations';
import { freshItem } from '@/scripts/test/stock';
import { GET } from './route';

const get = (number: string, authorization?: string) => GET(apiRequest('GET', `/transits/${encodeURIComponent(number)}`, { authorization }), routeParams({ number }));

describe('GET /api/v1/transits/{number}', () => {
  it('answers the document with its totals, whatever the case of the number; every role may read', async () => {
    const lead = await demoActor.teamLead();
    const sku = await freshItem('APG');
    await receiveStock(lead, { sku, to: 'CHI-A-01-B1', quantity: 10 });
    const { number } = await shipToSite(lead, { sku, from: 'CHI-A-01-B1', to: 'MKE-QA', quantity: 6 });
    await receiveTransit(lead, { number, quantity: 2 });
    const res = await get(number.toLowerCase(), await bearerOf(lead));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({
      number,
      sku,
      unit: 'pcs',
      from: 'CHI-A-01-B1',
      to: 'MKE-QA',
      via: 'MKE-TRANSIT',
      shippedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      status: 'partially_received',
      shipped: '6',
      received: '2',
      writtenOff: '0',
      remaining: '4',
    });
    expect((await get(number, await bearerOf(await demoActor.member()))).status).toBe(200);
    expect((await get(number)).status).toBe(401);
  });

  it('answers 404 for an unknown number, one that cannot be a number, and a document between two other departments\' sites', async () => {
    const admin = await demoActor.admin();
    const lead = await bearerOf(await demoActor.teamLead());
    for (const number of ['TRN-999999', 'not a number', 'x'.repeat(41)]) {
      const res = await get(number, lead);
      expect(res.status, number).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(await res.json(), number).toMatchObject({ code: 'NOT_FOUND' });
    }
    const [dock, yard] = [await freshSite('Logistics', 'LOGA'), await freshSite('Logistics', 'LOGB')];
    const sku = await freshItem('APG');
    await receiveStock(admin, { sku, to: dock, quantity: 3 });
    const { number } = await shipToSite(admin, { sku, from: dock, to: yard, quantity: 3 });
    expect((await get(number, await bearerOf(admin))).status).toBe(200);
    const hidden = await get(number, lead);
    expect(hidden.status).toBe(404);
    expect(await hidden.json()).toMatchObject({ detail: `Transit ${number} was not found.` });
  });
});
