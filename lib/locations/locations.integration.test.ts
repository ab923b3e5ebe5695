import { describe, expect, it } from 'vitest';
import { demoActor } from '../../scripts/test/actors';
import { db } from '../db/client';
import { receiveStock } from '../inventory/movements/receive-stock';
import { createLocationType } from './create-location-type';
import { createSite } from './create-site';
import { createStorageUnit } from './create-storage-unit';
import { getLocation } from './get-location';
import { listLocationFormChoices } from './location-form-choices';
import { listLocationTree } from './list-location-tree';
import { setSiteAllowNegative } from './set-site-allow-negative';
import { updateLocation } from './update-location';

const loc = (code: string) => db().location.findUniqueOrThrow({ where: { code } });
const production = () => db().department.findUniqueOrThrow({ where: { name: 'Electronics Production' } });
const unitInput = (parentId: number, code: string, extra: Record<string, unknown> = {}) => ({ parentId: String(parentId), code, name: `Unit ${code}`, typeId: '', room: '', gridRow: '', gridCol: '', locationNumber: '', barcode: '', workCenter: '', ...extra });
const editInput = (l: { id: number; name: string; typeId: number | null; gridRow: number | null; gridCol: number | null }, extra: Record<string, unknown> = {}) => ({
  id: String(l.id), name: l.name, typeId: l.typeId ?? '', room: '', gridRow: l.gridRow ?? '', gridCol: l.gridCol ?? '', locationNumber: '', barcode: '', workCenter: '', ...extra,
});

let rackType: number | undefined;
/** A 2 × 3 rack under CHI, new per call. */
async function freshRack(code: string) {
  const admin = await demoActor.admin();
  rackType ??= (await createLocationType(admin, { name: 'Test rack 2x3', gridRows: '2', gridCols: '3' })).id;
  return createStorageUnit(admin, unitInput((await loc('CHI')).id, code, { typeId: String(rackType) }));
}

describe('sites and storage units', () => {
  it('creates a site that starts its own path, owned by a department, audited', async () => {
    const admin = await demoActor.admin();
    const { id } = await createSite(admin, { code: 'DET', name: 'Detroit Plant', departmentId: String((await production()).id), typeId: '', room: '', locationNumber: '', barcode: '' });
    const site = await loc('DET');
    expect(site).toMatchObject({ id, parentId: null, siteId: id, path: `/${id}/`, barcode: 'DET', allowNegative: false, active: true });
    const audit = await db().auditEvent.findFirst({ where: { entity: 'Location', entityId: String(id), action: 'location.create-site' } });
    expect(audit).toMatchObject({ actorId: admin.id, after: { code: 'DET', path: `/${id}/`, siteId: id } });
  });

  it('computes path and site of nested storage units from the parent, whatever the form says', async () => {
    const admin = await demoActor.admin();
    const chi = await loc('CHI');
    const shelf = await loc('CHI-A-01');
    const { id } = await createStorageUnit(admin, { ...unitInput(shelf.id, 'CHI-A-01-B3'), path: '/999/', siteId: '999' });
    expect(await loc('CHI-A-01-B3')).toMatchObject({ parentId: shelf.id, siteId: chi.id, path: `${shelf.path}${id}/`, barcode: 'CHI-A-01-B3' });
    const tray = await createStorageUnit(admin, unitInput(id, 'CHI-A-01-B3-T1', { workCenter: 'SMT-1', barcode: 'TRAY-0001' }));
    expect(await loc('CHI-A-01-B3-T1')).toMatchObject({ siteId: chi.id, path: `${shelf.path}${id}/${tray.id}/`, workCenter: 'SMT-1', barcode: 'TRAY-0001' });
    expect(shelf.path.startsWith(`/${chi.id}/`)).toBe(true);
    expect(await db().auditEvent.count({ where: { entity: 'Location', entityId: String(tray.id), action: 'location.create-storage-unit' } })).toBe(1);
  });

  it('names the fields that are wrong and saves nothing', async () => {
    const admin = await demoActor.admin();
    const count = await db().location.count();
    await expect(createSite(admin, { code: 'bad code', name: '', departmentId: '' })).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { code: expect.any(String), name: expect.any(String), departmentId: expect.any(String) } });
    await expect(createSite(admin, { code: 'GHOST', name: 'Ghost', departmentId: '99999' })).rejects.toMatchObject({ fieldErrors: { departmentId: expect.any(String) } });
    await expect(createStorageUnit(admin, unitInput(0, 'X-1', { parentId: '', barcode: 'two words' }))).rejects.toMatchObject({ fieldErrors: { parentId: expect.any(String), barcode: expect.any(String) } });
    await expect(createStorageUnit(admin, unitInput(99999, 'X-2'))).rejects.toMatchObject({ fieldErrors: { parentId: expect.any(String) } });
    await expect(createStorageUnit(admin, unitInput((await loc('CHI')).id, 'X-3', { typeId: '99999' }))).rejects.toMatchObject({ fieldErrors: { typeId: expect.any(String) } });
    expect(await db().location.count()).toBe(count);
  });

  it('refuses a code or barcode that exists in another letter case', async () => {
    const admin = await demoActor.admin();
    const count = await db().location.count();
    const chi = await loc('CHI');
    await expect(createStorageUnit(admin, unitInput(chi.id, 'chi-a'))).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { code: expect.stringContaining('CHI-A') } });
    await expect(createSite(admin, { code: 'mke', name: 'Again', departmentId: String((await production()).id) })).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { code: expect.any(String) } });
    await expect(createStorageUnit(admin, unitInput(chi.id, 'CHI-NEW', { barcode: 'chi-cold' }))).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { barcode: expect.stringContaining('CHI-COLD') } });
    expect(await db().location.count()).toBe(count);
  });

  it('updates details with an audit trail; the code stays and an emptied barcode falls back to it', async () => {
    const admin = await demoActor.admin();
    const bin = await loc('CHI-A-01-B2');
    const binType = await db().locationType.findUniqueOrThrow({ where: { name: 'Shelf' } });
    await updateLocation(admin, editInput(bin, { name: 'Bin B2 (small parts)', typeId: String(binType.id), room: 'Mezzanine', locationNumber: '17', workCenter: 'KIT', code: 'HACKED' }));
    expect(await db().location.findUniqueOrThrow({ where: { id: bin.id } })).toMatchObject({ code: 'CHI-A-01-B2', name: 'Bin B2 (small parts)', typeId: binType.id, room: 'Mezzanine', locationNumber: '17', workCenter: 'KIT', barcode: 'CHI-A-01-B2' });
    const audit = await db().auditEvent.findFirst({ where: { entity: 'Location', entityId: String(bin.id), action: 'location.update' } });
    expect(audit).toMatchObject({ before: { name: 'Bin A-01-B2', room: 'Main hall' }, after: { name: 'Bin B2 (small parts)', room: 'Mezzanine' } });
    await expect(updateLocation(admin, editInput({ ...bin, id: 99999 }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateLocation(admin, editInput(bin, { name: '' }))).rejects.toMatchObject({ fieldErrors: { name: expect.any(String) } });
  });

  it('keeps a location active while it holds stock or active storage units, and under an inactive parent it gets no new units', async () => {
    const admin = await demoActor.admin();
    const { id } = await createStorageUnit(admin, unitInput((await loc('MKE')).id, 'MKE-TMP'));
    const child = await createStorageUnit(admin, unitInput(id, 'MKE-TMP-1'));
    const parent = await db().location.findUniqueOrThrow({ where: { id } });
    await expect(updateLocation(admin, editInput(parent, { active: 'false' }))).rejects.toMatchObject({ fieldErrors: { active: expect.stringContaining('1 active storage unit') } });
    await receiveStock(admin, { sku: 'SCREW-M3X6', to: 'MKE-TMP-1', quantity: '100' });
    const childRow = await db().location.findUniqueOrThrow({ where: { id: child.id } });
    await expect(updateLocation(admin, editInput(childRow, { active: 'false' }))).rejects.toMatchObject({ fieldErrors: { active: expect.stringContaining('holds stock') } });
    const empty = await createStorageUnit(admin, unitInput(id, 'MKE-TMP-2'));
    await updateLocation(admin, editInput(await db().location.findUniqueOrThrow({ where: { id: empty.id } }), { active: 'false' }));
    expect((await loc('MKE-TMP-2')).active).toBe(false);
    await expect(createStorageUnit(admin, unitInput(empty.id, 'MKE-TMP-2-A'))).rejects.toMatchObject({ fieldErrors: { parentId: expect.stringContaining('inactive') } });
  });

  it('sets negative stock per site only, audited', async () => {
    const admin = await demoActor.admin();
    const mke = await loc('MKE');
    await setSiteAllowNegative(admin, { id: String(mke.id), allowNegative: 'true' });
    expect((await loc('MKE')).allowNegative).toBe(true);
    expect(await db().auditEvent.findFirst({ where: { entity: 'Location', entityId: String(mke.id), action: 'site.allow-negative' } })).toMatchObject({ actorId: admin.id, before: { allowNegative: false }, after: { allowNegative: true } });
    await expect(setSiteAllowNegative(admin, { id: String((await loc('MKE-QA')).id), allowNegative: 'true' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await loc('MKE-QA')).allowNegative).toBe(false);
  });

  it('lists the tree: sites with storage units nested, and the pick list depth-first', async () => {
    const admin = await demoActor.admin();
    const tree = await listLocationTree(admin);
    const chi = tree.find((s) => s.code === 'CHI')!;
    expect(chi.departmentName).toBe('Electronics Production');
    const reel = chi.children.find((c) => c.code === 'CHI-REEL')!;
    expect(reel.grid).toEqual({ rows: 4, cols: 6 });
    expect(reel.children.map((c) => c.code)).toEqual(['CHI-REEL-1-1', 'CHI-REEL-1-2']);
    const { parents, departments, types } = await listLocationFormChoices(admin);
    const i = parents.findIndex((p) => p.code === 'CHI-A');
    expect(parents.slice(i, i + 2).map((p) => `${p.depth}:${p.code}`)).toEqual(['1:CHI-A', '2:CHI-A-01']);
    expect(departments.map((d) => d.name)).toContain('Logistics');
    expect(types.find((t) => t.name === 'Reel rack')?.grid).toEqual({ rows: 4, cols: 6 });
    expect((await getLocation(admin, reel.id)).parent).toMatchObject({ code: 'CHI', grid: null });
  });
});

describe('grid positions', () => {
  it('accepts a free cell of the parent grid and refuses cells outside it, half positions, and positions without a grid', async () => {
    const admin = await demoActor.admin();
    const rack = await freshRack('RACK-G1');
    await createStorageUnit(admin, unitInput(rack.id, 'RACK-G1-2-3', { gridRow: '2', gridCol: '3' }));
    expect(await loc('RACK-G1-2-3')).toMatchObject({ gridRow: 2, gridCol: 3 });
    const count = await db().location.count();
    await expect(createStorageUnit(admin, unitInput(rack.id, 'RACK-G1-X', { gridRow: '3', gridCol: '1' }))).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { gridRow: expect.stringContaining('1 to 2') } });
    await expect(createStorageUnit(admin, unitInput(rack.id, 'RACK-G1-X', { gridRow: '1', gridCol: '4' }))).rejects.toMatchObject({ fieldErrors: { gridCol: expect.stringContaining('1 to 3') } });
    await expect(createStorageUnit(admin, unitInput(rack.id, 'RACK-G1-X', { gridRow: '1' }))).rejects.toMatchObject({ fieldErrors: { gridCol: expect.any(String) } });
    await expect(createStorageUnit(admin, unitInput(rack.id, 'RACK-G1-X', { gridRow: '0', gridCol: '100' }))).rejects.toMatchObject({ fieldErrors: { gridRow: expect.any(String), gridCol: expect.any(String) } });
    await expect(createStorageUnit(admin, unitInput((await loc('CHI-A')).id, 'CHI-A-X', { gridRow: '1', gridCol: '1' }))).rejects.toMatchObject({ fieldErrors: { gridRow: expect.stringContaining('CHI-A has no grid') } });
    expect(await db().location.count()).toBe(count);
  });

  it('refuses a cell taken under the same parent; an inactive unit frees its cell until it is reactivated', async () => {
    const admin = await demoActor.admin();
    const rack = await freshRack('RACK-G2');
    const other = await freshRack('RACK-G3');
    const first = await createStorageUnit(admin, unitInput(rack.id, 'RACK-G2-A', { gridRow: '1', gridCol: '1' }));
    await createStorageUnit(admin, unitInput(other.id, 'RACK-G3-A', { gridRow: '1', gridCol: '1' }));
    await expect(createStorageUnit(admin, unitInput(rack.id, 'RACK-G2-B', { gridRow: '1', gridCol: '1' }))).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { gridRow: expect.stringContaining('RACK-G2-A'), gridCol: expect.any(String) } });
    const firstRow = await db().location.findUniqueOrThrow({ where: { id: first.id } });
    await updateLocation(admin, editInput(firstRow, { active: 'false' }));
    await createStorageUnit(admin, unitInput(rack.id, 'RACK-G2-B', { gridRow: '1', gridCol: '1' }));
    await expect(updateLocation(admin, editInput(firstRow, { active: 'true' }))).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { gridRow: expect.stringContaining('RACK-G2-B') } });
    await updateLocation(admin, editInput(firstRow, { active: 'true', gridRow: '2', gridCol: '2' }));
    expect(await loc('RACK-G2-A')).toMatchObject({ active: true, gridRow: 2, gridCol: 2 });
  });

  it('lets only one of two simultaneous placements into a cell win', async () => {
    const admin = await demoActor.admin();
    const rack = await freshRack('RACK-G4');
    const results = await Promise.allSettled(['A', 'B', 'C'].map((s) => createStorageUnit(admin, unitInput(rack.id, `RACK-G4-${s}`, { gridRow: '2', gridCol: '2' }))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db().location.count({ where: { parentId: rack.id, gridRow: 2, gridCol: 2 } })).toBe(1);
  });

  it('refuses a new type for a rack whose grid would lose placed units', async () => {
    const admin = await demoActor.admin();
    const rack = await freshRack('RACK-G5');
    await createStorageUnit(admin, unitInput(rack.id, 'RACK-G5-2-3', { gridRow: '2', gridCol: '3' }));
    const small = await createLocationType(admin, { name: 'Test rack 1x1', gridRows: '1', gridCols: '1' });
    const rackRow = await db().location.findUniqueOrThrow({ where: { id: rack.id } });
    await expect(updateLocation(admin, editInput(rackRow, { typeId: String(small.id) }))).rejects.toMatchObject({ fieldErrors: { typeId: expect.stringContaining('RACK-G5-2-3') } });
    await expect(updateLocation(admin, editInput(rackRow, { typeId: '' }))).rejects.toMatchObject({ fieldErrors: { typeId: expect.stringContaining('no grid') } });
    expect((await loc('RACK-G5')).typeId).toBe(rackRow.typeId);
  });
});

it('refuses locations to every role but Admin', async () => {
  const chi = await loc('CHI');
  const bin = await loc('CHI-A-01-B1');
  for (const actor of [await demoActor.deptLead(), await demoActor.teamLead(), await demoActor.member()]) {
    await expect(listLocationTree(actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listLocationFormChoices(actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getLocation(actor, chi.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createSite(actor, { code: 'SNEAKY', name: 'Sneaky', departmentId: String(actor.departmentId) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createStorageUnit(actor, unitInput(chi.id, 'SNEAKY-1'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updateLocation(actor, editInput(bin, { name: 'Hijacked' }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(setSiteAllowNegative(actor, { id: String(chi.id), allowNegative: 'true' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  }
  expect(await db().location.count({ where: { code: { startsWith: 'SNEAKY' } } })).toBe(0);
  expect(await loc('CHI-A-01-B1')).toMatchObject({ name: bin.name });
  expect((await loc('CHI')).allowNegative).toBe(false);
});
