import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { advanceSerial } from '@/lib/serials/advance-serial';
import { getSerial } from '@/lib/serials/get-serial';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '@/scripts/test/api';
import { freshProduct, logisticsUser, unitsOnWorkOrder } from '@/scripts/test/serials';
import { lotsOf } from '@/scripts/test/stock';
import { POST } from './route';

let lead: string;
beforeAll(async () => {
  lead = await bearerOf(await demoActor.teamLead());
});

const approve = (serial: string, body: unknown, o: { authorization?: string | null; key?: string } = {}) =>
  POST(
    apiRequest('POST', `/serials/${encodeURIComponent(serial)}/approve`, {
      authorization: o.authorization === null ? undefined : (o.authorization ?? lead),
      body,
      headers: o.key === undefined ? {} : { 'Idempotency-Key': o.key },
    }),
    routeParams({ serial }),
  );

/** Units of a two-stage product, advanced to QA. */
async function readyForQa(count: number): Promise<{ sku: string; serials: string[] }> {
  const product = await freshProduct(['Assembly', 'QA']);
  const { serials } = await unitsOnWorkOrder(product, count);
  const teamLead = await demoActor.teamLead();
  for (const serial of serials) await advanceSerial(teamLead, { serial });
  return { sku: product.sku, serials };
}

const approvals = (serial: string) => db().serialEvent.count({ where: { serialUnit: { serial }, action: 'approved' } });

describe('POST /api/v1/serials/{serial}/approve', () => {
  it('puts a unit that passed its stages into stock at the storage unit and answers the serial', async () => {
    const { sku, serials: [serial] } = await readyForQa(1);
    const res = await approve(serial, { location: 'MKE-QA', note: 'passed burn-in' });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ serial, status: 'in_stock', stage: 'QA', location: 'MKE-QA', replayed: false, history: expect.arrayContaining([expect.objectContaining({ action: 'approved', reference: 'MKE-QA', note: 'passed burn-in' })]) });
    expect(await lotsOf(sku)).toEqual({ 'MKE-QA': { '#0001': '1' } });
  });

  it('refuses with 409 and the reason: stages left, approving twice; nothing changes', async () => {
    const product = await freshProduct(['Assembly', 'Testing', 'QA']);
    const { serials: [early] } = await unitsOnWorkOrder(product, 1);
    const notReady = await approve(early, { location: 'MKE-QA' });
    expect(notReady.status).toBe(409);
    expect(await notReady.json()).toMatchObject({ code: 'CONFLICT', detail: 'The unit is at Assembly; it must pass Testing, QA before QA approval.' });

    const { sku, serials: [serial] } = await readyForQa(1);
    expect((await approve(serial, { location: 'MKE-QA' })).status).toBe(200);
    const twice = await approve(serial, { location: 'MKE-LINE-1' });
    expect(twice.status).toBe(409);
    expect(await twice.json()).toMatchObject({ code: 'CONFLICT', detail: `${serial} is In Stock: only a unit in production can be approved into stock.` });
    expect(await lotsOf(sku)).toEqual({ 'MKE-QA': { '#0001': '1' } });
    expect((await getSerial(await demoActor.admin(), early)).status).toBe('in_production');
  });

  it('answers 422 with field errors for a missing or unknown storage unit', async () => {
    const { sku, serials: [serial] } = await readyForQa(1);
    for (const [body, errors] of [
      [{}, { location: 'Choose a storage unit.' }],
      [{ location: '  ' }, { location: 'Choose a storage unit.' }],
      [{ location: 'NOWHERE' }, { location: 'Unknown location "NOWHERE".' }],
    ] as const) {
      const res = await approve(serial, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect((await res.json()).errors).toEqual(errors);
    }
    expect((await approve(serial, undefined)).status).toBe(400);
    expect(await lotsOf(sku)).toEqual({});
  });

  it('of two concurrent approvals of one unit exactly one succeeds, the other is 409', async () => {
    const { sku, serials: [serial] } = await readyForQa(1);
    const admin = await bearerOf(await demoActor.admin());
    const responses = await Promise.all([approve(serial, { location: 'MKE-QA' }), approve(serial, { location: 'MKE-LINE-1' }, { authorization: admin })]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await approvals(serial)).toBe(1);
    const lots = await lotsOf(sku);
    expect(Object.values(lots).flatMap((l) => Object.values(l))).toEqual(['1']);
  });

  it('applies a repeated Idempotency-Key once, also when the repeats arrive together; the key with another body is 409', async () => {
    const { sku, serials: [serial, other] } = await readyForQa(2);
    const key = `approve-${serial}`;
    const responses = await Promise.all(Array.from({ length: 5 }, () => approve(serial, { location: 'MKE-QA' }, { key })));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(bodies.filter((b) => !b.replayed)).toHaveLength(1);
    expect(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(4);
    expect(await approvals(serial)).toBe(1);
    const reuse = await approve(other, { location: 'MKE-QA' }, { key });
    expect(reuse.status).toBe(409);
    expect(await reuse.json()).toMatchObject({ code: 'CONFLICT', detail: 'This idempotency key was already used for a different request.' });
    expect(await lotsOf(sku)).toEqual({ 'MKE-QA': { '#0001': '1' } });
  });

  it('answers 403 for a Member, 404 outside the scope, 401 without a token', async () => {
    const { serials: [serial] } = await readyForQa(1);
    expect((await approve(serial, { location: 'MKE-QA' }, { authorization: await bearerOf(await demoActor.member()) })).status).toBe(403);
    expect((await approve(serial, { location: 'MKE-QA' }, { authorization: await bearerOf(await logisticsUser('TEAM_LEAD')) })).status).toBe(404);
    expect((await approve(serial, { location: 'MKE-QA' }, { authorization: null })).status).toBe(401);
    expect(await approvals(serial)).toBe(0);
  });
});
