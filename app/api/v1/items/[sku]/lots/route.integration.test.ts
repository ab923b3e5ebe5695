import { beforeAll, describe, expect, it } from 'vitest';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '@/scripts/test/api';
import { freshItem } from '@/scripts/test/stock';
import { POST as postMovement } from '../../../movements/route';
import { GET as getLots } from './route';

let admin: string;
let member: string;
beforeAll(async () => {
  admin = await bearerOf(await demoActor.admin());
  member = await bearerOf(await demoActor.member());
});

const lots = (sku: string, query = '', authorization: string | null = admin) =>
  getLots(apiRequest('GET', `/items/${encodeURIComponent(sku)}/lots${query}`, { authorization: authorization ?? undefined }), routeParams({ sku }));

async function move(body: Record<string, unknown>) {
  const res = await postMovement(apiRequest('POST', '/movements', { authorization: admin, body }));
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()).groupId as string;
}

describe('GET /api/v1/items/{sku}/lots', () => {
  it('lists the lots with batch, supplier, cost and status; empty ones on request', async () => {
    const sku = await freshItem('LOT');
    await move({ type: 'receipt', sku, to: 'CHI-A-01-B1', quantity: 5, supplier: 'Mouser', supplierLot: 'L-42', unitCost: '0.25', receivedAt: '2026-01-05T08:00:00Z', expiresAt: '2027-01-01T00:00:00Z' });
    await move({ type: 'receipt', sku, to: 'MKE-QA', quantity: 2 });
    await move({ type: 'status_change', sku, location: 'CHI-A-01-B1', quantity: 1, status: 'on_hold' });
    await move({ type: 'consume', sku, from: 'MKE-QA', quantity: 2 });
    const res = await lots(sku, '', member);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({
      data: [
        { location: 'CHI-A-01-B1', batch: '#0001', status: 'available', quantity: '4', supplier: 'Mouser', supplierLot: 'L-42', receivedAt: '2026-01-05T08:00:00.000Z', expiresAt: '2027-01-01T00:00:00.000Z', unitCost: '0.250000', owner: null },
        { location: 'CHI-A-01-B1', batch: '#0001', status: 'on_hold', quantity: '1', supplier: 'Mouser', supplierLot: 'L-42', receivedAt: '2026-01-05T08:00:00.000Z', expiresAt: '2027-01-01T00:00:00.000Z', unitCost: '0.250000', owner: null },
      ],
    });
    const withEmpty = await (await lots(sku, '?includeEmpty=true')).json();
    expect(withEmpty.data.map((l: Record<string, string>) => [l.location, l.batch, l.quantity])).toEqual([
      ['CHI-A-01-B1', '#0001', '4'],
      ['CHI-A-01-B1', '#0001', '1'],
      ['MKE-QA', '#0002', '0'],
    ]);
  });

  it('answers 404 problem for an unknown SKU, 401 without a token', async () => {
    const res = await lots('NO-SUCH-SKU');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ code: 'NOT_FOUND', detail: 'Item NO-SUCH-SKU was not found.' });
    expect((await lots('NO-SUCH-SKU', '', null)).status).toBe(401);
  });
});
