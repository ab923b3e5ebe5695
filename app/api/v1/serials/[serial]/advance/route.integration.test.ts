import { beforeAll, describe, expect, it } from 'vitest';
import { getSerial } from '@/lib/serials/get-serial';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '@/scripts/test/api';
import { freshProduct, logisticsUser, unitsOnWorkOrder } from '@/scripts/test/serials';
import { POST } from './route';

let member: string;
beforeAll(async () => {
  member = await bearerOf(await demoActor.member());
});

const advance = (serial: string, body?: unknown, o: { authorization?: string | null; key?: string } = {}) =>
  POST(
    apiRequest('POST', `/serials/${encodeURIComponent(serial)}/advance`, {
      authorization: o.authorization === null ? undefined : (o.authorization ?? member),
      body,
      headers: o.key === undefined ? {} : { 'Idempotency-Key': o.key },
    }),
    routeParams({ serial }),
  );

async function answered(res: Response, status = 200) {
  expect(res.status, await res.clone().text()).toBe(status);
  return res.json();
}

const stageOf = async (serial: string) => (await getSerial(await demoActor.admin(), serial)).stage;

describe('POST /api/v1/serials/{serial}/advance', () => {
  it('moves a unit to its next stage (no body needed) or past optional stages, and answers the serial', async () => {
    const product = await freshProduct(['Assembly', 'Testing', { name: 'Coating', optional: true }, 'QA']);
    const { number, serials: [serial] } = await unitsOnWorkOrder(product, 1);
    const res = await advance(serial);
    expect(res.headers.get('idempotent-replayed')).toBeNull();
    const body = await answered(res);
    expect(Object.keys(body).sort()).toEqual(['history', 'iterationCount', 'location', 'product', 'replayed', 'serial', 'stage', 'status', 'workOrder']);
    expect(body).toMatchObject({ serial, product: product.sku, status: 'in_production', stage: 'Testing', workOrder: number, location: null, replayed: false });
    expect(await answered(await advance(serial, { toStage: 'qa', note: 'no coating on this run' }))).toMatchObject({ stage: 'QA', history: expect.arrayContaining([expect.objectContaining({ note: 'no coating on this run' })]) });
  });

  it('refuses an illegal move: 409 at the last stage, 422 when skipping a stage that is not optional', async () => {
    const product = await freshProduct(['Assembly', 'Testing', 'QA']);
    const { serials: [a] } = await unitsOnWorkOrder(product, 1);
    const skip = await advance(a, { toStage: 'QA' });
    expect(skip.status).toBe(422);
    expect(await skip.json()).toMatchObject({ code: 'INVALID_INPUT', errors: { toStage: 'Cannot skip Testing: only optional stages may be skipped.' } });
    await answered(await advance(a));
    await answered(await advance(a));
    const last = await advance(a);
    expect(last.status).toBe(409);
    expect(last.headers.get('content-type')).toBe('application/problem+json');
    expect(await last.json()).toMatchObject({ code: 'CONFLICT', detail: 'The unit is at its last stage (QA): approve it at QA instead.' });
    expect(await stageOf(a)).toBe('QA');
  });

  it('answers 422 for bad fields, 400 for a body that is not JSON', async () => {
    const { serials: [serial] } = await unitsOnWorkOrder(await freshProduct(), 1);
    const long = await advance(serial, { note: 'x'.repeat(501) });
    expect(long.status).toBe(422);
    expect((await long.json()).errors).toEqual({ note: 'At most 500 characters.' });
    expect((await advance(serial, '{"note":')).status).toBe(400);
    const badKey = await advance(serial, {}, { key: 'x'.repeat(201) });
    expect(badKey.status).toBe(422);
    expect((await badKey.json()).errors).toEqual({ 'Idempotency-Key': expect.any(String) });
    expect(await stageOf(serial)).toBe('Assembly');
  });

  it('applies a repeated Idempotency-Key once and answers the repeat replayed; the key with another body is 409', async () => {
    const { serials: [serial, other] } = await unitsOnWorkOrder(await freshProduct(), 2);
    const key = `advance-${serial}`;
    const first = await answered(await advance(serial, { note: 'step' }, { key }));
    expect(first).toMatchObject({ stage: 'Testing', replayed: false });
    const again = await advance(serial, { note: 'step' }, { key });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await answered(again)).toEqual({ ...first, replayed: true });
    expect(await stageOf(serial)).toBe('Testing');
    for (const [s, body] of [[serial, { note: 'another step' }], [other, { note: 'step' }]] as const) {
      const res = await advance(s, body, { key });
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({ code: 'CONFLICT', detail: 'This idempotency key was already used for a different request.' });
    }
    expect([await stageOf(serial), await stageOf(other)]).toEqual(['Testing', 'Assembly']);
  });

  it('answers 404 outside the scope or for an unknown serial, 401 without a token', async () => {
    const { serials: [serial] } = await unitsOnWorkOrder(await freshProduct(), 1);
    const outsider = await bearerOf(await logisticsUser('MEMBER'));
    expect((await advance(serial, undefined, { authorization: outsider })).status).toBe(404);
    expect((await advance('NO-SUCH-SERIAL-1')).status).toBe(404);
    expect((await advance(serial, undefined, { authorization: null })).status).toBe(401);
    expect(await stageOf(serial)).toBe('Assembly');
  });
});
