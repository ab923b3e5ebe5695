import { beforeAll, describe, expect, it } from 'vitest';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '@/scripts/test/api';
import { freshItem } from '@/scripts/test/stock';
import { POST as postMovement } from '../../../movements/route';
import { GET as getMovements } from './route';

let admin: string;
let member: string;
beforeAll(async () => {
  admin = await bearerOf(await demoActor.admin());
  member = await bearerOf(await demoActor.member());
});

const movements = (sku: string, query = '', authorization: string | null = admin) =>
  getMovements(apiRequest('GET', `/items/${encodeURIComponent(sku)}/movements${query}`, { authorization: authorization ?? undefined }), routeParams({ sku }));

async function move(body: Record<string, unknown>) {
  const res = await postMovement(apiRequest('POST', '/movements', { authorization: admin, body }));
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()).groupId as string;
}

describe('GET /api/v1/items/{sku}/movements', () => {
  it('lists the ledger entries newest first, filtered, in pages', async () => {
    const sku = await freshItem('MOV');
    const receiptId = await move({ type: 'receipt', sku, to: 'CHI-A-01-B1', quantity: 5, reference: { kind: 'po', number: 'PO-9' } });
    await move({ type: 'transfer', sku, from: 'CHI-A-01-B1', to: 'MKE-QA', quantity: 2 });
    await move({ type: 'consume', sku, from: 'MKE-QA', quantity: 1, note: 'line 1' });
    const res = await movements(sku, '', member);
    expect(res.status).toBe(200);
    const all = await res.json();
    expect(all.nextCursor).toBeNull();
    expect(all.data.map((m: Record<string, string>) => [m.entryType, m.location, m.quantity, m.balanceAfter])).toEqual([
      ['CONSUMPTION', 'MKE-QA', '-1', '1'],
      ['TRANSFER_IN', 'MKE-QA', '2', '2'],
      ['TRANSFER_OUT', 'CHI-A-01-B1', '-2', '3'],
      ['RECEIPT', 'CHI-A-01-B1', '5', '5'],
    ]);
    expect(all.data[3]).toEqual({
      id: expect.any(String),
      groupId: receiptId,
      postedAt: expect.any(String),
      kind: 'receipt',
      entryType: 'RECEIPT',
      sku,
      location: 'CHI-A-01-B1',
      batch: '#0001',
      status: 'available',
      quantity: '5',
      balanceBefore: '0',
      balanceAfter: '5',
      user: 'Ada Admin',
      reason: null,
      note: null,
      reference: 'po PO-9',
      reversed: false,
    });

    const atQa = await (await movements(sku, '?location=MKE-QA')).json();
    expect(atQa.data.map((m: Record<string, string>) => m.entryType)).toEqual(['CONSUMPTION', 'TRANSFER_IN']);
    const receipts = await (await movements(sku, '?type=receipt')).json();
    expect(receipts.data.map((m: Record<string, string>) => m.groupId)).toEqual([receiptId]);
    expect((await (await movements(sku, '?from=2999-01-01T00:00:00Z')).json()).data).toEqual([]);
    expect((await (await movements(sku, '?to=2000-01-01T00:00:00Z')).json()).data).toEqual([]);

    const first = await (await movements(sku, '?limit=3')).json();
    expect(first.data).toHaveLength(3);
    const second = await (await movements(sku, `?limit=3&cursor=${first.nextCursor}`)).json();
    expect(second).toEqual({ data: [all.data[3]], nextCursor: null });
  });

  it('answers 404 for an unknown SKU, 422 for a bad filter, 401 without a token', async () => {
    const unknown = await movements('NO-SUCH-SKU');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'NOT_FOUND', detail: 'Item NO-SUCH-SKU was not found.' });
    const sku = await freshItem('MOV');
    for (const [query, field] of [
      ['?location=NOWHERE-1', 'location'],
      ['?from=soon', 'from'],
      ['?limit=501', 'limit'],
    ]) {
      const res = await movements(sku, query);
      expect(res.status, query).toBe(422);
      expect((await res.json()).errors, query).toEqual({ [field]: expect.any(String) });
    }
    expect((await movements(sku, '', null)).status).toBe(401);
  });
});
