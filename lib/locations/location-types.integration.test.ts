import { describe, expect, it } from 'vitest';
import { demoActor } from '../../scripts/test/actors';
import { db } from '../db/client';
import { createLocationType } from './create-location-type';
import { createStorageUnit } from './create-storage-unit';
import { getLocationType, listLocationTypes } from './list-location-types';
import { updateLocationType } from './update-location-type';

const unit = (parentId: number, code: string, gridRow: string, gridCol: string) => ({ parentId: String(parentId), code, name: code, gridRow, gridCol });

describe('location types', () => {
  it('lets an Admin create and change types, with or without a grid, audited', async () => {
    const admin = await demoActor.admin();
    const { id } = await createLocationType(admin, { name: 'Pallet place', gridRows: '', gridCols: '' });
    const rack = await createLocationType(admin, { name: 'Tray 3x4', gridRows: '3', gridCols: '4' });
    await updateLocationType(admin, { id: String(rack.id), name: 'Tray 3x5', gridRows: '3', gridCols: '5' });
    expect(await getLocationType(admin, rack.id)).toEqual({ id: rack.id, name: 'Tray 3x5', gridRows: 3, gridCols: 5 });
    expect((await listLocationTypes(admin)).find((t) => t.id === id)).toEqual({ id, name: 'Pallet place', gridRows: null, gridCols: null, locationCount: 0 });
    expect((await listLocationTypes(admin)).find((t) => t.name === 'Bin')?.locationCount).toBeGreaterThan(0);
    const events = await db().auditEvent.findMany({ where: { entity: 'LocationType', entityId: String(rack.id) }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['location-type.create', 'location-type.update']);
    expect(events[1]).toMatchObject({ actorId: admin.id, before: { name: 'Tray 3x4', gridCols: 4 }, after: { name: 'Tray 3x5', gridCols: 5 } });
  });

  it('wants both rows and columns from 1 to 99, or neither, and saves nothing otherwise', async () => {
    const admin = await demoActor.admin();
    const count = await db().locationType.count();
    await expect(createLocationType(admin, { name: 'Half', gridRows: '4', gridCols: '' })).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { gridCols: expect.any(String) } });
    await expect(createLocationType(admin, { name: 'Half', gridRows: '', gridCols: '4' })).rejects.toMatchObject({ fieldErrors: { gridRows: expect.any(String) } });
    await expect(createLocationType(admin, { name: '', gridRows: '0', gridCols: '100' })).rejects.toMatchObject({ fieldErrors: { name: expect.any(String), gridRows: expect.any(String), gridCols: expect.any(String) } });
    await expect(createLocationType(admin, { name: 'Odd', gridRows: '2.5', gridCols: '2' })).rejects.toMatchObject({ fieldErrors: { gridRows: expect.any(String) } });
    expect(await db().locationType.count()).toBe(count);
  });

  it('refuses a name that exists in another letter case', async () => {
    const admin = await demoActor.admin();
    await expect(createLocationType(admin, { name: 'reel RACK' })).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { name: expect.stringContaining('Reel rack') } });
    const shelf = await db().locationType.findUniqueOrThrow({ where: { name: 'Shelf' } });
    await expect(updateLocationType(admin, { id: String(shelf.id), name: 'BIN' })).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { name: expect.any(String) } });
    await updateLocationType(admin, { id: String(shelf.id), name: 'SHELF' });
    expect((await db().locationType.findUniqueOrThrow({ where: { id: shelf.id } })).name).toBe('SHELF');
  });

  it('shrinks or drops a grid only while no storage unit sits in the cells it would lose', async () => {
    const admin = await demoActor.admin();
    const type = await createLocationType(admin, { name: 'Shrinking rack', gridRows: '4', gridCols: '4' });
    const chi = await db().location.findUniqueOrThrow({ where: { code: 'CHI' } });
    const rack = await createStorageUnit(admin, { parentId: String(chi.id), code: 'SHRINK-R', name: 'Shrinking rack', typeId: String(type.id) });
    await createStorageUnit(admin, unit(rack.id, 'SHRINK-R-3-2', '3', '2'));
    await updateLocationType(admin, { id: String(type.id), name: 'Shrinking rack', gridRows: '3', gridCols: '2' });
    await expect(updateLocationType(admin, { id: String(type.id), name: 'Shrinking rack', gridRows: '2', gridCols: '2' })).rejects.toMatchObject({ fieldErrors: { gridRows: expect.stringContaining('SHRINK-R-3-2') } });
    await expect(updateLocationType(admin, { id: String(type.id), name: 'Shrinking rack', gridRows: '', gridCols: '' })).rejects.toMatchObject({ fieldErrors: { gridRows: expect.any(String) } });
    expect(await getLocationType(admin, type.id)).toMatchObject({ gridRows: 3, gridCols: 2 });
    await expect(updateLocationType(admin, { id: '99999', name: 'Nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

it('refuses location types to every role but Admin', async () => {
  const shelf = await db().locationType.findUniqueOrThrow({ where: { name: 'Aisle' } });
  for (const actor of [await demoActor.deptLead(), await demoActor.teamLead(), await demoActor.member()]) {
    await expect(listLocationTypes(actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getLocationType(actor, shelf.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createLocationType(actor, { name: 'Sneaky' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updateLocationType(actor, { id: String(shelf.id), name: 'Hijacked', gridRows: '9', gridCols: '9' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  }
  expect(await db().locationType.findUnique({ where: { name: 'Sneaky' } })).toBeNull();
  expect(await db().locationType.findUniqueOrThrow({ where: { id: shelf.id } })).toMatchObject({ gridRows: null });
});
