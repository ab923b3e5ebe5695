import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { receiveStock } from '@/lib/inventory/movements/receive-stock';
import { createPartner } from '@/lib/sales/create-partner';
import { createSalesOrder } from '@/lib/sales/create-sales-order';
import { getSalesOrder } from '@/lib/sales/get-sales-order';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf } from '@/scripts/test/api';
import { freshItem, lotsOf } from '@/scripts/test/stock';
import { POST } from './route';

let admin: string;
let lead: string;
let member: string;
beforeAll(async () => {
  admin = await bearerOf(await demoActor.admin());
  lead = await bearerOf(await demoActor.teamLead());
  member = await bearerOf(await demoActor.member());
});

const commit = (body: unknown, o: { authorization?: string | null; key?: string } = {}) =>
  POST(
    apiRequest('POST', '/scan/commit', {
      authorization: o.authorization === null ? undefined : (o.authorization ?? lead),
      body,
      headers: o.key === undefined ? {} : { 'Idempotency-Key': o.key },
    }),
  );

const SESSION_FIELDS = ['action', 'committedAt', 'groupId', 'lines', 'rollbackGroupId', 'rolledBackAt', 'sessionId', 'target', 'user', 'workflow'];

async function committed(res: Response, status = 201) {
  expect(res.status, await res.clone().text()).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/json');
  const body = await res.json();
  expect(Object.keys(body).sort()).toEqual(SESSION_FIELDS);
  expect(body.sessionId).toMatch(/^[0-9a-f-]{36}$/);
  expect(body.groupId).toMatch(/^[0-9a-f-]{36}$/);
  return body;
}

async function stocked(prefix: string, quantity = 100, at = 'CHI-A-01-B1'): Promise<string> {
  const sku = await freshItem(prefix);
  await receiveStock(await demoActor.admin(), { sku, to: at, quantity });
  return sku;
}

const sessionsWith = (key: string) => db().scanSession.count({ where: { idempotencyKey: key } });

describe('POST /api/v1/scan/commit', () => {
  it('posts a general session all at once and answers 201 with the session and its Location', async () => {
    const sku = await freshItem('CMT');
    const received = await committed(await commit({ workflow: 'general', action: 'receive', location: 'CHI-A-01-B2', lines: [{ code: `20*${sku}` }, { code: sku, quantity: 5 }] }));
    expect(received).toMatchObject({ workflow: 'general', action: 'receive', target: null, user: 'Theo Team-Lead', rolledBackAt: null, rollbackGroupId: null, lines: [{ code: `20*${sku}`, sku, quantity: '20', serial: null }, { code: sku, sku, quantity: '5', serial: null }] });
    expect(received.committedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const moved = await commit({ workflow: 'general', action: 'move', location: 'CHI-A-01-B2', to: 'MKE-QA', lines: [{ code: `${sku}#0002`, quantity: '3' }, { code: sku, quantity: '4' }] });
    const body = await committed(moved);
    expect(moved.headers.get('location')).toBe(`/api/v1/scan/sessions/${body.sessionId}`);
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B2': { '#0001': '16', '#0002': '2' }, 'MKE-QA': { '#0001': '4', '#0002': '3' } });
    const entries = await db().ledgerEntry.findMany({ where: { groupId: body.groupId }, orderBy: { id: 'asc' } });
    expect(entries.map((e) => e.entryType)).toEqual(['TRANSFER_OUT', 'TRANSFER_IN', 'TRANSFER_OUT', 'TRANSFER_IN']);
  });

  it('delivers against a sales order named by its number', async () => {
    const deptLead = await demoActor.deptLead();
    const sku = await stocked('CMTS', 10);
    const partner = (await createPartner(deptLead, { code: `SCAN-${Date.now().toString(36)}`, name: 'Scan API Customer' })).code;
    const { number } = await createSalesOrder(deptLead, { partner, expectedAt: '2099-03-01', lines: [{ sku, quantity: 6 }] });
    const body = await committed(await commit({ workflow: 'sales', target: number, location: 'CHI-A-01-B1', lines: [{ code: `4*${sku}` }] }));
    expect(body).toMatchObject({ workflow: 'sales', action: null, target: number, lines: [{ sku, quantity: '4' }] });
    expect((await getSalesOrder(deptLead, number)).lines).toMatchObject([{ sku, delivered: '4', open: '2' }]);
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0001': '6' } });
  });

  it('answers 422 naming every line that cannot be posted, and posts nothing', async () => {
    const sku = await stocked('CMTE', 5);
    const ledger = await db().ledgerEntry.count();
    const sessions = await db().scanSession.count();
    const res = await commit({ workflow: 'general', action: 'consume', location: 'CHI-A-01-B1', lines: [{ code: sku, quantity: '2' }, { code: 'NOPE-404' }, { code: sku, quantity: '4' }, { code: 'CHI-A-01-B2' }] });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toEqual({
      type: 'urn:quartermaster:problem:invalid-input', title: 'Invalid input', status: 422, code: 'INVALID_INPUT',
      detail: '3 lines need attention; nothing was posted.',
      errors: {
        'lines.1': 'Unknown code "NOPE-404".',
        'lines.2': `Not enough ${sku} at CHI-A-01-B1: 3 pcs available.`,
        'lines.3': 'CHI-A-01-B2 is a storage unit: scan it as the location, not as a line.',
      },
    });
    const quantity = await commit({ workflow: 'general', action: 'consume', location: 'CHI-A-01-B1', lines: [{ code: sku }, { code: sku, quantity: '1.5' }] });
    expect(quantity.status).toBe(422);
    expect(Object.keys((await quantity.json()).errors)).toEqual(['lines.1.quantity']);
    const cases: [unknown, string[]][] = [
      [{ workflow: 'general', action: 'consume', location: 'NOWHERE-1', lines: [{ code: sku }] }, ['location']],
      [{ workflow: 'general', action: 'move', location: 'CHI-A-01-B1', to: 'NOWHERE-2', lines: [{ code: sku }] }, ['to']],
      [{ workflow: 'sales', location: 'CHI-A-01-B1', lines: [{ code: sku }] }, ['target']],
      [{ workflow: 'general', action: 'consume', location: 'CHI-A-01-B1', lines: [] }, ['lines']],
      [{ workflow: 'general', action: 'consume', location: 'CHI-A-01-B1', lines: [{ code: '' }] }, ['lines.0.code']],
      [{ workflow: 'teleport', lines: [{ code: sku }] }, ['workflow']],
    ];
    for (const [body, fields] of cases) {
      const r = await commit(body);
      expect(r.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys((await r.json()).errors), JSON.stringify(body)).toEqual(fields);
    }
    expect(await db().ledgerEntry.count()).toBe(ledger);
    expect(await db().scanSession.count()).toBe(sessions);
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0001': '5' } });
  });

  it('answers 401 without a token, 403 for a workflow the role may not run, 400 for a body that is not JSON', async () => {
    const sku = await stocked('CMTA', 5);
    const body = { workflow: 'general', action: 'consume', location: 'CHI-A-01-B1', lines: [{ code: sku }] };
    const anonymous = await commit(body, { authorization: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await commit(body, { authorization: member })).status).toBe(403);
    expect((await commit({ ...body, action: 'count', lines: [{ code: sku, quantity: '3' }] })).status).toBe(403);
    expect((await commit('{"workflow":')).status).toBe(400);
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0001': '5' } });
  });
});

describe('Idempotency-Key on POST /api/v1/scan/commit', () => {
  it('commits a repeated request once and answers the repeat 200 with the same body', async () => {
    const sku = await stocked('IDS');
    const body = { workflow: 'general', action: 'consume', location: 'CHI-A-01-B1', lines: [{ code: sku, quantity: 7 }] };
    const key = `scan-${sku}`;
    const first = await committed(await commit(body, { key }));
    const again = await commit({ ...body, lines: [{ code: sku, quantity: '7' }] }, { key });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await committed(again, 200)).toEqual(first);
    expect(await sessionsWith(key)).toBe(1);
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0001': '93' } });
  });

  it('refuses the same key with another body with 409, a bad key with 422, and takes no key from the body', async () => {
    const sku = await stocked('IDS');
    const key = `scan-conflict-${sku}`;
    const body = { workflow: 'general', action: 'consume', location: 'CHI-A-01-B1', lines: [{ code: sku, quantity: 7 }] };
    await committed(await commit(body, { key }));
    for (const other of [{ ...body, lines: [{ code: sku, quantity: 8 }] }, { ...body, action: 'move', to: 'MKE-QA' }]) {
      const res = await commit(other, { key });
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({ code: 'CONFLICT', detail: 'This idempotency key was already used for a different scan session.' });
    }
    const badKey = await commit(body, { key: 'x'.repeat(201) });
    expect(badKey.status).toBe(422);
    expect((await badKey.json()).errors).toEqual({ 'Idempotency-Key': expect.any(String) });
    await committed(await commit({ ...body, idempotencyKey: 'in-body' }));
    await committed(await commit({ ...body, idempotencyKey: 'in-body' }));
    expect(await sessionsWith('in-body')).toBe(0);
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0001': '79' } });
  });

  it('keeps keys per user: the same key from another user is another session', async () => {
    const sku = await stocked('IDS');
    const key = `scan-shared-${sku}`;
    const body = { workflow: 'general', action: 'consume', location: 'CHI-A-01-B1', lines: [{ code: sku }] };
    await committed(await commit(body, { key }));
    await committed(await commit(body, { key, authorization: admin }));
    expect(await sessionsWith(key)).toBe(2);
  });

  it('commits exactly one session when 20 requests with one key arrive together', async () => {
    const sku = await stocked('IDS');
    const key = `scan-burst-${sku}`;
    const body = { workflow: 'general', action: 'move', location: 'CHI-A-01-B1', to: 'CHI-A-01-B2', lines: [{ code: sku, quantity: 3 }, { code: `2*${sku}` }] };
    const responses = await Promise.all(Array.from({ length: 20 }, () => commit(body, { key })));
    // One 201 for the commit; every repeat is a 200 replay of that session.
    expect(responses.map((r) => r.status).sort()).toEqual([...Array(19).fill(200), 201]);
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(new Set(bodies.map((b) => b.sessionId)).size).toBe(1);
    expect(await sessionsWith(key)).toBe(1);
    expect(await db().postingGroup.count({ where: { id: bodies[0].groupId } })).toBe(1);
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0001': '95' }, 'CHI-A-01-B2': { '#0001': '5' } });
  });

  it('answers repeats of a session that took the last stock with that session, not with a shortage', async () => {
    const sku = await stocked('LAST');
    const key = `scan-last-${sku}`;
    const body = { workflow: 'general', action: 'consume', location: 'CHI-A-01-B1', lines: [{ code: sku, quantity: 100 }] };
    const responses = await Promise.all(Array.from({ length: 8 }, () => commit(body, { key })));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(await sessionsWith(key)).toBe(1);
  });
});
