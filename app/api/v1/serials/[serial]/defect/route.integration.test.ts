import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { setRolePermission } from '@/lib/roles/permission-matrix';
import { advanceSerial } from '@/lib/serials/advance-serial';
import { approveSerial } from '@/lib/serials/approve-serial';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '@/scripts/test/api';
import { freshProduct, logisticsUser, unitsOnWorkOrder } from '@/scripts/test/serials';
import { lotsOf } from '@/scripts/test/stock';
import { POST } from './route';

let admin: string;
beforeAll(async () => {
  admin = await bearerOf(await demoActor.admin());
});

const defect = (serial: string, body: unknown, o: { authorization?: string | null; key?: string } = {}) =>
  POST(
    apiRequest('POST', `/serials/${encodeURIComponent(serial)}/defect`, {
      authorization: o.authorization === null ? undefined : (o.authorization ?? admin),
      body,
      headers: o.key === undefined ? {} : { 'Idempotency-Key': o.key },
    }),
    routeParams({ serial }),
  );

async function answered(res: Response) {
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json();
}

const events = (serial: string) => db().serialEvent.count({ where: { serialUnit: { serial }, action: { in: ['scrapped', 'reworked'] } } });

describe('POST /api/v1/serials/{serial}/defect', () => {
  it('scraps a unit in stock (it leaves stock) and reworks one in production back to an earlier stage', async () => {
    const product = await freshProduct(['Assembly', 'Testing', 'QA']);
    const { serials: [stocked, building] } = await unitsOnWorkOrder(product, 2);
    const lead = await demoActor.teamLead();
    for (const serial of [stocked, building]) for (let i = 0; i < 2; i++) await advanceSerial(lead, { serial });
    await approveSerial(lead, { serial: stocked, location: 'MKE-QA' });

    expect(await answered(await defect(stocked, { action: 'scrap', notes: 'cracked housing' }))).toMatchObject({ status: 'scrapped', location: null, replayed: false });
    expect(await lotsOf(product.sku)).toEqual({});
    expect(await answered(await defect(building, { action: 'rework', toStage: 'Testing', notes: 'intermittent boot' }))).toMatchObject({ status: 'in_production', stage: 'Testing', iterationCount: 1 });
    expect(await answered(await defect(building, { action: 'rework', notes: 'still failing' }))).toMatchObject({ stage: 'Assembly', iterationCount: 2 });
  });

  it('refuses with 409 what cannot be marked (scrapped already), with 422 bad fields and rework forward; nothing changes', async () => {
    const product = await freshProduct(['Assembly', 'Testing', 'QA']);
    const { serials: [scrapped, building] } = await unitsOnWorkOrder(product, 2);
    await answered(await defect(scrapped, { action: 'scrap', notes: 'dropped' }));
    const twice = await defect(scrapped, { action: 'scrap', notes: 'again' });
    expect(twice.status).toBe(409);
    expect(await twice.json()).toMatchObject({ code: 'CONFLICT', detail: `${scrapped} is Defect/Scrapped: it was scrapped already.` });
    for (const [body, errors] of [
      [{ action: 'scrap' }, { notes: 'Write what is wrong with the unit.' }],
      [{ action: 'scrap', notes: '   ' }, { notes: 'Write what is wrong with the unit.' }],
      [{ action: 'bin', notes: 'x' }, { action: 'Choose scrap or rework.' }],
      [{ action: 'rework', toStage: 'QA', notes: 'x' }, { toStage: 'Rework goes back: choose a stage before Assembly.' }],
      [{ action: 'rework', toStage: 'Painting', notes: 'x' }, { toStage: 'There is no stage "Painting" for this product.' }],
    ] as const) {
      const res = await defect(building, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect((await res.json()).errors, JSON.stringify(body)).toEqual(errors);
    }
    expect([await events(scrapped), await events(building)]).toEqual([1, 0]);
  });

  it('applies a repeated Idempotency-Key once; the key with another body is 409', async () => {
    const { serials: [serial] } = await unitsOnWorkOrder(await freshProduct(), 1);
    const key = `defect-${serial}`;
    const first = await answered(await defect(serial, { action: 'scrap', notes: 'burnt' }, { key }));
    const again = await defect(serial, { action: 'scrap', notes: 'burnt' }, { key });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await answered(again)).toEqual({ ...first, replayed: true });
    const other = await defect(serial, { action: 'rework', notes: 'burnt' }, { key });
    expect(other.status).toBe(409);
    expect(await other.json()).toMatchObject({ detail: 'This idempotency key was already used for a different request.' });
    expect(await events(serial)).toBe(1);
  });

  it('answers 403 below Admin by default, 404 outside the scope, 401 without a token', async () => {
    const { serials: [serial] } = await unitsOnWorkOrder(await freshProduct(), 1);
    const body = { action: 'scrap', notes: 'x' };
    expect((await defect(serial, body, { authorization: await bearerOf(await demoActor.deptLead()) })).status).toBe(403);
    // Admins see every serial: scope shows with a Department Lead granted the defect permission.
    await setRolePermission(await demoActor.admin(), { role: 'DEPARTMENT_LEAD', permission: 'defects.mark', granted: 'true' });
    expect((await defect(serial, body, { authorization: await bearerOf(await logisticsUser('DEPARTMENT_LEAD')) })).status).toBe(404);
    expect((await defect('NO-SUCH-SERIAL-1', body)).status).toBe(404);
    expect((await defect(serial, body, { authorization: null })).status).toBe(401);
    expect(await events(serial)).toBe(0);
  });
});
