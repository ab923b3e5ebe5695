import { describe, expect, it } from 'vitest';
import { demoActor } from '../../scripts/test/actors';
import { db } from '../db/client';
import { listAuditEvents } from './list-audit-events';

const ENTITY = 'AuditListTest';

async function event(at: string, data: { action: string; entityId: string; actorId?: number | null; before?: object; after?: object; entity?: string }) {
  await db().auditEvent.create({ data: { entity: ENTITY, ...data, at: new Date(at) } });
}

describe('audit log viewer', () => {
  it('filters by actor, entity, action, days and entity id, newest first, with the actor named and only changed keys', async () => {
    const admin = await demoActor.admin();
    const member = await demoActor.member();
    await event('2031-03-01T08:00:00Z', { action: 'thing.create', entityId: 'T-1', actorId: admin.id, after: { name: 'One', size: 1 } });
    await event('2031-03-02T23:59:59Z', { action: 'thing.update', entityId: 'T-1', actorId: admin.id, before: { name: 'One', size: 1 }, after: { name: 'One', size: 2 } });
    await event('2031-03-03T00:00:00Z', { action: 'thing.update', entityId: 'T-2', actorId: member.id, before: { size: 5 }, after: { size: 6 } });
    await event('2031-03-04T12:00:00Z', { action: 'other.touch', entityId: 'X-9', actorId: null });

    const all = await listAuditEvents(admin, { entity: ENTITY.toLowerCase() });
    expect(all.data.map((e) => [e.action, e.entityId])).toEqual([
      ['other.touch', 'X-9'],
      ['thing.update', 'T-2'],
      ['thing.update', 'T-1'],
      ['thing.create', 'T-1'],
    ]);
    expect(all.data[0].actor).toBeNull();
    expect(all.data[2]).toMatchObject({ actor: { id: admin.id, name: admin.name, email: admin.email }, changes: [{ key: 'size', before: '1', after: '2' }] });

    const ids = async (input: object) => (await listAuditEvents(admin, { entity: ENTITY, ...input })).data.map((e) => `${e.action} ${e.entityId}`);
    expect(await ids({ from: '2031-03-02', to: '2031-03-03' })).toEqual(['thing.update T-2', 'thing.update T-1']);
    expect(await ids({ to: '2031-03-01' })).toEqual(['thing.create T-1']);
    expect(await ids({ action: 'THING.' })).toEqual(['thing.update T-2', 'thing.update T-1', 'thing.create T-1']);
    expect(await ids({ action: 'thing.update', q: 't-1' })).toEqual(['thing.update T-1']);
    expect(await ids({ actor: String(member.id) })).toEqual(['thing.update T-2']);
    expect(await ids({ actor: member.email.toUpperCase().slice(0, 8) })).toEqual(['thing.update T-2']);
    // The user's % and _ are characters, not wildcards.
    expect(await ids({ q: '%' })).toEqual([]);
    expect(await ids({ entity: '%' })).toEqual([]);
    expect(await ids({ entity: 'AuditListTes_' })).toEqual([]);
  });

  it('pages with an opaque cursor through events that share a timestamp, without gaps or repeats', async () => {
    const admin = await demoActor.admin();
    for (let i = 0; i < 5; i++) await event('2032-01-01T00:00:00Z', { action: 'page.test', entityId: `P-${i}`, actorId: admin.id });
    await event('2032-01-02T00:00:00Z', { action: 'page.test', entityId: 'P-new', actorId: admin.id });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await listAuditEvents(admin, { action: 'page.test' }, { limit: 2, cursor });
      seen.push(...page.data.map((e) => e.entityId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['P-new', 'P-4', 'P-3', 'P-2', 'P-1', 'P-0']);
  });

  it('answers bad filter values with a message per field, never a crash', async () => {
    const admin = await demoActor.admin();
    await expect(listAuditEvents(admin, { from: '2026-02-30', to: 'yesterday' })).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { from: expect.any(String), to: expect.any(String) } });
    await expect(listAuditEvents(admin, { from: '2026-03-02', to: '2026-03-01' })).rejects.toMatchObject({ fieldErrors: { to: 'The end date is before the start date.' } });
    await expect(listAuditEvents(admin, { actor: '99999999999' })).rejects.toMatchObject({ fieldErrors: { actor: expect.any(String) } });
    await expect(listAuditEvents(admin, {}, { cursor: 'garbage' })).rejects.toMatchObject({ fieldErrors: { cursor: expect.any(String) } });
    const forged = Buffer.from(JSON.stringify(['not a date', 'x'])).toString('base64url');
    await expect(listAuditEvents(admin, {}, { cursor: forged })).rejects.toMatchObject({ fieldErrors: { cursor: expect.any(String) } });
  });

  it('is for Admins only', async () => {
    for (const actor of [await demoActor.deptLead(), await demoActor.teamLead(), await demoActor.member()]) {
      await expect(listAuditEvents(actor, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
