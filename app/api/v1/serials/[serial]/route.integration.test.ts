import { beforeAll, describe, expect, it } from 'vitest';
import { approveSerial } from '@/lib/serials/approve-serial';
import { advanceSerial } from '@/lib/serials/advance-serial';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '@/scripts/test/api';
import { freshProduct, logisticsUser, unitsOnWorkOrder } from '@/scripts/test/serials';
import { GET } from './route';

let member: string;
let outsider: string;
beforeAll(async () => {
  member = await bearerOf(await demoActor.member());
  outsider = await bearerOf(await logisticsUser('DEPARTMENT_LEAD'));
});

const get = (serial: string, authorization?: string) => GET(apiRequest('GET', `/serials/${encodeURIComponent(serial)}`, { authorization }), routeParams({ serial }));

describe('GET /api/v1/serials/{serial}', () => {
  it('answers the serial with its stage, work order, location and lifecycle history', async () => {
    const product = await freshProduct(['Assembly', 'QA']);
    const { number, serials: [serial] } = await unitsOnWorkOrder(product, 1);
    const lead = await demoActor.teamLead();
    await advanceSerial(lead, { serial, note: 'assembled' });
    await approveSerial(lead, { serial, location: 'MKE-QA' });
    const res = await get(serial.toLowerCase(), member);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(['history', 'iterationCount', 'location', 'product', 'serial', 'stage', 'status', 'workOrder']);
    expect(body).toMatchObject({ serial, product: product.sku, status: 'in_stock', stage: 'QA', workOrder: number, iterationCount: 0, location: 'MKE-QA' });
    expect(body.history.map((h: { action: string }) => h.action)).toEqual(['created', 'advanced', 'approved']);
    expect(body.history[1]).toEqual({
      at: expect.any(String), action: 'advanced', fromStatus: 'in_production', toStatus: 'in_production', fromStage: 'Assembly', toStage: 'QA', iteration: 0, note: 'assembled', reference: null, user: lead.name,
    });
  });

  it('answers 404 for an unknown serial, one outside the scope and a path that cannot be a serial; 401 without a token', async () => {
    const { serials: [serial] } = await unitsOnWorkOrder(await freshProduct(), 1);
    for (const [s, who] of [['NO-SUCH-SERIAL-1', member], [serial, outsider], ['x'.repeat(101), member]] as const) {
      const res = await get(s, who);
      expect(res.status, s).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(await res.json()).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await get(serial)).status).toBe(401);
  });
});
