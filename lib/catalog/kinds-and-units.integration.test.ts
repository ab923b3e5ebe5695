import { describe, expect, it } from 'vitest';
import { demoActor } from '../../scripts/test/actors';
import { db } from '../db/client';
import { createItemKind } from './create-item-kind';
import { createUnit } from './create-unit';
import { listItemKinds } from './list-item-kinds';
import { listUnits } from './list-units';
import { renameItemKind } from './rename-item-kind';

describe('item kinds', () => {
  it('lets an Admin create a kind, stored with a lower-case code, and rename it, with audit events', async () => {
    const admin = await demoActor.admin();
    expect(await createItemKind(admin, { code: ' Cable-Harness ', name: 'Cable harness', serialTracked: 'on' })).toEqual({ code: 'cable-harness' });
    await renameItemKind(admin, { code: 'cable-harness', name: 'Wire harness' });
    expect((await listItemKinds(admin)).find((k) => k.code === 'cable-harness')).toEqual({ code: 'cable-harness', name: 'Wire harness', serialTracked: true, itemCount: 0 });
    const events = await db().auditEvent.findMany({ where: { entity: 'ItemKind', entityId: 'cable-harness' }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['item-kind.create', 'item-kind.rename']);
    expect(events[1]).toMatchObject({ actorId: admin.id, before: { name: 'Cable harness' }, after: { name: 'Wire harness' } });
  });

  it('refuses a code that exists in another case, bad codes and blank names, saving nothing', async () => {
    const admin = await demoActor.admin();
    const count = await db().itemKind.count();
    await expect(createItemKind(admin, { code: 'PCB', name: 'Boards again' })).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { code: expect.any(String) } });
    await expect(createItemKind(admin, { code: '1st kind', name: '' })).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { code: expect.any(String), name: expect.any(String) } });
    await expect(renameItemKind(admin, { code: 'part', name: '' })).rejects.toMatchObject({ fieldErrors: { name: expect.any(String) } });
    await expect(renameItemKind(admin, { code: 'no-such-kind', name: 'X' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db().itemKind.count()).toBe(count);
    expect((await db().itemKind.findUniqueOrThrow({ where: { code: 'part' } })).name).toBe('Part');
  });
});

describe('units of measure', () => {
  it('lets an Admin create a unit with 0 to 6 decimal places, audited', async () => {
    const admin = await demoActor.admin();
    await createUnit(admin, { code: 'mL', name: 'Millilitres', decimals: '1' });
    await createUnit(admin, { code: 'g6', name: 'Micro-grams as grams', decimals: 6 });
    const units = await listUnits(admin);
    expect(units.find((u) => u.code === 'mL')).toEqual({ code: 'mL', name: 'Millilitres', decimals: 1, itemCount: 0 });
    expect(units.find((u) => u.code === 'pcs')?.itemCount).toBeGreaterThan(0);
    const audit = await db().auditEvent.findFirst({ where: { entity: 'UnitOfMeasure', entityId: 'mL', action: 'unit.create' } });
    expect(audit).toMatchObject({ actorId: admin.id, after: { code: 'mL', decimals: 1 } });
  });

  it('refuses a code that exists in another case and decimals outside 0..6, saving nothing', async () => {
    const admin = await demoActor.admin();
    const count = await db().unitOfMeasure.count();
    await expect(createUnit(admin, { code: 'PCS', name: 'Pieces again', decimals: '0' })).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { code: expect.stringContaining('pcs') } });
    for (const decimals of ['7', '-1', '1.5', '', 'two']) {
      await expect(createUnit(admin, { code: 'box', name: 'Box', decimals })).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { decimals: expect.any(String) } });
    }
    await expect(createUnit(admin, { code: 'sq m', name: '', decimals: '2' })).rejects.toMatchObject({ fieldErrors: { code: expect.any(String), name: expect.any(String) } });
    expect(await db().unitOfMeasure.count()).toBe(count);
  });
});

it('refuses kinds and units to every role but Admin', async () => {
  for (const actor of [await demoActor.deptLead(), await demoActor.teamLead(), await demoActor.member()]) {
    expect((await listItemKinds(actor)).length).toBeGreaterThan(0);
    await expect(createItemKind(actor, { code: 'sneaky', name: 'Sneaky' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(renameItemKind(actor, { code: 'part', name: 'Hijacked' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await listUnits(actor)).length).toBeGreaterThan(0);
    await expect(createUnit(actor, { code: 'sneaky', name: 'Sneaky', decimals: '0' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  }
  expect(await db().itemKind.findUnique({ where: { code: 'sneaky' } })).toBeNull();
  expect(await db().unitOfMeasure.findUnique({ where: { code: 'sneaky' } })).toBeNull();
  expect((await db().itemKind.findUniqueOrThrow({ where: { code: 'part' } })).name).toBe('Part');
});
