import { beforeAll, describe, expect, it } from 'vitest';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '@/scripts/test/api';
import { freshItem, lotsOf } from '@/scripts/test/stock';
import { POST as postMovement } from '../../route';
import { POST } from './route';

let admin: string;
beforeAll(async () => {
  admin = await bearerOf(await demoActor.admin());
});

const reverse = (groupId: string, options: { body?: unknown; authorization?: string } = {}) =>
  POST(apiRequest('POST', `/movements/${groupId}/reverse`, { authorization: options.authorization ?? admin, body: options.body }), routeParams({ groupId }));

async function receipt(sku: string, quantity = 10): Promise<string> {
  const res = await postMovement(apiRequest('POST', '/movements', { authorization: admin, body: { type: 'receipt', sku, to: 'CHI-A-01-B1', quantity } }));
  expect(res.status).toBe(201);
  return (await res.json()).groupId;
}

describe('POST /api/v1/movements/{groupId}/reverse', () => {
  it('reverses a posting with compensating entries and answers 201; a second reversal is 409', async () => {
    const sku = await freshItem('REV');
    const groupId = await receipt(sku);
    const res = await reverse(groupId, { body: { reason: 'wrong item received' } });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toEqual({
      groupId: expect.not.stringMatching(groupId),
      entries: [{ entryType: 'REVERSAL', sku, location: 'CHI-A-01-B1', batch: '#0001', status: 'available', quantity: '-10', balanceBefore: '10', balanceAfter: '0' }],
    });
    expect(await lotsOf(sku)).toEqual({});
    const twice = await reverse(groupId);
    expect(twice.status).toBe(409);
    expect(await twice.json()).toMatchObject({ code: 'CONFLICT', detail: 'This movement has already been reversed.' });
    const ofReversal = await reverse(body.groupId);
    expect(ofReversal.status).toBe(409);
  });

  it('takes no body at all, as well as an empty object', async () => {
    const sku = await freshItem('REV');
    expect((await reverse(await receipt(sku))).status).toBe(201);
    expect((await reverse(await receipt(sku), { body: {} })).status).toBe(201);
    expect((await reverse(await receipt(sku), { body: '{"reason":' })).status).toBe(400);
    const long = await reverse(await receipt(sku), { body: { reason: 'x'.repeat(501) } });
    expect(long.status).toBe(422);
    expect((await long.json()).errors).toEqual({ reason: expect.any(String) });
  });

  it('answers 409 when the stock it would take back has left', async () => {
    const sku = await freshItem('REV');
    const groupId = await receipt(sku, 5);
    await postMovement(apiRequest('POST', '/movements', { authorization: admin, body: { type: 'consume', sku, from: 'CHI-A-01-B1', quantity: 3 } }));
    const res = await reverse(groupId);
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: 'INSUFFICIENT_STOCK' });
  });

  it('answers 404 for an unknown or malformed movement id, 403 for a Member, 401 without a token', async () => {
    for (const id of ['7c9e6679-7425-40de-944b-e07fc1f90ae7', 'not-a-uuid', '1']) {
      const res = await reverse(id);
      expect(res.status, id).toBe(404);
      expect(await res.json(), id).toMatchObject({ code: 'NOT_FOUND', detail: 'Movement not found.' });
    }
    const groupId = await receipt(await freshItem('REV'));
    expect((await reverse(groupId, { authorization: await bearerOf(await demoActor.member()) })).status).toBe(403);
    expect((await POST(apiRequest('POST', `/movements/${groupId}/reverse`), routeParams({ groupId }))).status).toBe(401);
  });
});
