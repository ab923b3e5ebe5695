import { beforeAll, describe, expect, it } from 'vitest';
import { loadActor } from '@/lib/auth/load-actor';
import { db } from '@/lib/db/client';
import { receiveStock } from '@/lib/inventory/movements/receive-stock';
import type { Actor } from '@/lib/roles/actor';
import { commitScan } from '@/lib/scan/commit-scan';
import { createTestUser, demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '@/scripts/test/api';
import { freshItem, lotsOf } from '@/scripts/test/stock';
import { POST as rollback } from './[sessionId]/rollback/route';
import { GET as getOne } from './[sessionId]/route';
import { GET as list } from './route';

let adminActor: Actor;
let leadActor: Actor;
let admin: string;
let lead: string;
let member: string;
beforeAll(async () => {
  adminActor = await demoActor.admin();
  leadActor = await demoActor.teamLead();
  admin = await bearerOf(adminActor);
  lead = await bearerOf(leadActor);
  member = await bearerOf(await demoActor.member());
});

const auth = (authorization: string | null) => authorization ?? undefined;
const read = (sessionId: string, authorization: string | null = lead) => getOne(apiRequest('GET', `/scan/sessions/${sessionId}`, { authorization: auth(authorization) }), routeParams({ sessionId }));
const page = (query: string, authorization: string | null = lead) => list(apiRequest('GET', `/scan/sessions${query}`, { authorization: auth(authorization) }));
const rollBack = (sessionId: string, body?: unknown, authorization: string | null = admin) =>
  rollback(apiRequest('POST', `/scan/sessions/${sessionId}/rollback`, { authorization: auth(authorization), body }), routeParams({ sessionId }));

/** A session of `actor` receiving `quantity` of a fresh item at MKE-QA. */
async function received(actor: Actor, quantity = 10) {
  const sku = await freshItem('SES');
  const session = await commitScan(actor, { workflow: 'general', action: 'receive', location: 'MKE-QA', lines: [{ code: `${quantity}*${sku}` }] });
  return { sku, sessionId: session.sessionId };
}

describe('GET /api/v1/scan/sessions and /scan/sessions/{sessionId}', () => {
  it('lists the token user’s own sessions newest first, paged; an Admin sees everyone’s', async () => {
    const mine = [await received(leadActor), await received(leadActor), await received(leadActor)];
    const theirs = await received(adminActor);
    const first = await page('?limit=2');
    expect(first.status, await first.clone().text()).toBe(200);
    const body = await first.json();
    expect(body.data.map((s: { sessionId: string }) => s.sessionId)).toEqual([mine[2].sessionId, mine[1].sessionId]);
    expect(body.data[0]).toMatchObject({ workflow: 'general', action: 'receive', user: 'Theo Team-Lead', lines: [{ sku: mine[2].sku, quantity: '10' }] });
    const next = await (await page(`?limit=2&cursor=${body.nextCursor}`)).json();
    expect(next.data.map((s: { sessionId: string }) => s.sessionId)).toContain(mine[0].sessionId);
    expect([...body.data, ...next.data].map((s: { sessionId: string }) => s.sessionId)).not.toContain(theirs.sessionId);
    const all = await (await page('?limit=500', admin)).json();
    expect(all.data.map((s: { sessionId: string }) => s.sessionId)).toEqual(expect.arrayContaining([theirs.sessionId, mine[0].sessionId]));
    expect((await page('?limit=0')).status).toBe(422);
    expect((await page('?cursor=not*a*cursor')).status).toBe(422);
    expect((await page('', null)).status).toBe(401);
  });

  it('answers one session to its owner and an Admin; someone else’s, unknown or malformed is 404', async () => {
    const { sku, sessionId } = await received(leadActor, 4);
    const own = await read(sessionId);
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({ sessionId, workflow: 'general', lines: [{ code: `4*${sku}`, sku, quantity: '4', serial: null }], rolledBackAt: null });
    expect((await read(sessionId, admin)).status).toBe(200);
    const other = await bearerOf((await loadActor((await createTestUser('TEAM_LEAD')).id, 1))!);
    for (const [id, authorization] of [[sessionId, other], [sessionId, member], ['00000000-0000-4000-8000-000000000000', lead], ['not-a-session', lead]] as const) {
      const res = await read(id, authorization);
      expect(res.status, id).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
    expect((await read(sessionId, null)).status).toBe(401);
  });
});

describe('POST /api/v1/scan/sessions/{sessionId}/rollback', () => {
  it('rolls a session back with compensating entries and answers the session; twice is 409', async () => {
    const { sku, sessionId } = await received(leadActor, 10);
    await receiveStock(adminActor, { sku, to: 'CHI-A-01-B1', quantity: 2 });
    const res = await rollBack(sessionId, { reason: 'scanned into the wrong bin' });
    expect(res.status, await res.clone().text()).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ sessionId, rolledBackAt: expect.stringMatching(/^\d{4}-/), rollbackGroupId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0002': '2' } });
    const group = await db().postingGroup.findUniqueOrThrow({ where: { id: body.rollbackGroupId } });
    expect(group).toMatchObject({ reason: 'scanned into the wrong bin' });
    const again = await rollBack(sessionId);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'CONFLICT', detail: 'This scan session has already been rolled back.' });
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0002': '2' } });
  });

  it('refuses when the stock has already left (409), without a body reads as no reason', async () => {
    const { sku, sessionId } = await received(leadActor, 10);
    await commitScan(leadActor, { workflow: 'general', action: 'consume', location: 'MKE-QA', lines: [{ code: `8*${sku}` }] });
    const res = await rollBack(sessionId);
    expect(res.status).toBe(409);
    expect((await res.json()).detail).toContain('has already left MKE-QA');
    expect(await lotsOf(sku)).toEqual({ 'MKE-QA': { '#0001': '2' } });
  });

  it('answers 403 to a role that may not reverse, 401 without a token, 404 for an unknown or malformed id', async () => {
    const { sku, sessionId } = await received(leadActor, 3);
    expect((await rollBack(sessionId, {}, lead)).status).toBe(403);
    expect((await rollBack(sessionId, {}, member)).status).toBe(403);
    expect((await rollBack(sessionId, {}, null)).status).toBe(401);
    expect((await rollBack('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await rollBack('../../movements')).status).toBe(404);
    expect((await rollBack(sessionId, { reason: 'x'.repeat(501) })).status).toBe(422);
    expect((await rollBack(sessionId, '{"reason":')).status).toBe(400);
    expect(await lotsOf(sku)).toEqual({ 'MKE-QA': { '#0001': '3' } });
  });

  it('answers 404 for someone else’s session, even to a role that may reverse', async () => {
    // Team Leads may reverse in this database: the scope check, not the permission, must refuse.
    await db().rolePermission.create({ data: { role: 'TEAM_LEAD', permission: 'inventory.reverse', granted: true } });
    try {
      const { sku, sessionId } = await received(leadActor, 6);
      const otherLead = await bearerOf((await loadActor((await createTestUser('TEAM_LEAD')).id, 1))!);
      const res = await rollBack(sessionId, { reason: 'not mine' }, otherLead);
      expect(res.status).toBe(404);
      expect(await lotsOf(sku)).toEqual({ 'MKE-QA': { '#0001': '6' } });
      expect((await rollBack(sessionId, {}, lead)).status).toBe(200);
      expect(await lotsOf(sku)).toEqual({});
    } finally {
      await db().rolePermission.delete({ where: { role_permission: { role: 'TEAM_LEAD', permission: 'inventory.reverse' } } });
    }
  });
});
