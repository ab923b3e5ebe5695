import { describe, expect, it } from 'vitest';
import { demoActor } from '../../scripts/test/actors';
import { freshStorageUnit } from '../../scripts/test/locations';
import { db } from '../db/client';
import { createLocationByCodes } from './create-location-by-codes';

const loc = (code: string) => db().location.findUniqueOrThrow({ where: { code }, include: { type: true } });
const count = (prefix: string) => db().location.count({ where: { code: { startsWith: prefix } } });

describe('createLocationByCodes', () => {
  it('adds a site without parentCode (the actor\'s department unless one is named) and storage units beneath by code and type name', async () => {
    const admin = await demoActor.admin();
    const site = await createLocationByCodes(admin, { code: 'BYC-SITE', name: 'By-codes plant' });
    expect(await loc('BYC-SITE')).toMatchObject({ id: site.id, parentId: null, siteId: site.id, departmentId: admin.departmentId });
    const depot = await createLocationByCodes(admin, { code: 'BYC-DEPOT', name: 'By-codes depot', department: 'Logistics' });
    expect((await db().location.findUniqueOrThrow({ where: { id: depot.id }, include: { department: true } })).department?.name).toBe('Logistics');

    // The parent's code in any letter case; ids sent alongside do not decide anything.
    const other = await loc('MKE');
    const shelf = await createLocationByCodes(admin, { code: 'BYC-SHELF', name: 'Shelf', parentCode: 'byc-site', type: 'Shelf', room: 'Store', parentId: other.id, typeId: 999999 });
    expect(shelf).toEqual({ id: expect.any(Number), code: 'BYC-SHELF' });
    expect(await loc('BYC-SHELF')).toMatchObject({ parentId: site.id, siteId: site.id, path: `/${site.id}/${shelf.id}/`, room: 'Store', type: { name: 'Shelf' } });
  });

  it('names the field it could not resolve, and adds nothing', async () => {
    const admin = await demoActor.admin();
    const inactive = await freshStorageUnit('CHI', 'BYC-OFF');
    await db().location.update({ where: { code: inactive }, data: { active: false } });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ code: 'BYC-BAD-1', name: 'x', parentCode: 'NOWHERE-9' }, 'parentCode', 'Unknown location "NOWHERE-9".'],
      [{ code: 'BYC-BAD-2', name: 'x', parentCode: 'CHI', type: 'Teleporter' }, 'type', 'Unknown location type "Teleporter".'],
      [{ code: 'BYC-BAD-3', name: 'x', type: 'Teleporter' }, 'type', 'Unknown location type "Teleporter".'],
      [{ code: 'BYC-BAD-4', name: 'x', department: 'Marketing' }, 'department', 'Unknown department "Marketing".'],
      [{ code: 'BYC-BAD-5', name: 'x', parentCode: 'CHI', department: 'Logistics' }, 'department', "A storage unit belongs to its site's department; leave department out."],
      [{ code: 'BYC-BAD-6', name: 'x', parentCode: inactive }, 'parentCode', `${inactive} is inactive; reactivate it first.`],
    ];
    for (const [input, field, message] of cases) {
      await expect(createLocationByCodes(admin, input), field).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { [field]: message } });
    }
    // The create operations' own checks keep their field names.
    await expect(createLocationByCodes(admin, { code: 'BYC-BAD-7', parentCode: 'CHI' })).rejects.toMatchObject({ fieldErrors: { name: 'Enter a name.' } });
    expect(await count('BYC-BAD')).toBe(0);
  });

  it('checks the permission before it looks anything up', async () => {
    for (const actor of [await demoActor.deptLead(), await demoActor.member()]) {
      await expect(createLocationByCodes(actor, { code: 'BYC-NO-1', name: 'x', parentCode: 'NOWHERE-9' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(createLocationByCodes(actor, { code: 'BYC-NO-1', name: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await count('BYC-NO')).toBe(0);
  });
});
