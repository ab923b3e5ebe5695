import { describe, expect, it } from 'vitest';
import { demoActor } from '../../../scripts/test/actors';
import { db } from '../../db/client';
import { inventoryChoices } from './inventory-choices';
import { getStockLocation } from './stock-location';

async function asOutsider<T>(run: (outsider: Awaited<ReturnType<typeof demoActor.deptLead>>) => Promise<T>): Promise<T> {
  const logistics = await db().department.findUniqueOrThrow({ where: { name: 'Logistics' } });
  const lead = await demoActor.deptLead();
  await db().user.update({ where: { id: lead.id }, data: { departmentId: logistics.id } });
  try {
    return await run(await demoActor.deptLead());
  } finally {
    await db().user.update({ where: { id: lead.id }, data: { departmentId: lead.departmentId } });
  }
}

describe('locations for the inventory screens', () => {
  it('shows a storage unit with its site, parent and type', async () => {
    const member = await demoActor.member();
    expect(await getStockLocation(member, 'chi-a-01')).toEqual({
      code: 'CHI-A-01',
      name: 'Shelf A-01',
      type: 'Shelf',
      room: 'Main hall',
      active: true,
      site: { code: 'CHI', name: 'Chicago Warehouse' },
      parent: { code: 'CHI-A', name: 'Aisle A' },
    });
    expect(await getStockLocation(member, 'MKE')).toMatchObject({ site: { code: 'MKE' }, parent: null });
  });

  it('answers unknown and out-of-scope codes alike', async () => {
    const admin = await demoActor.admin();
    await expect(getStockLocation(admin, 'NOPE')).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Location NOPE was not found.' });
    await expect(getStockLocation(admin, '')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await asOutsider(async (outsider) => {
      await expect(getStockLocation(outsider, 'CHI-A-01')).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Location CHI-A-01 was not found.' });
    });
  });

  it('offers kinds, and only the sites and storage units the actor may see', async () => {
    const admin = await demoActor.admin();
    const all = await inventoryChoices(admin);
    expect(all.kinds.map((k) => k.code)).toContain('pcb');
    expect(all.sites.map((s) => s.code)).toEqual(['CHI', 'MKE']);
    expect(all.locations.map((l) => l.code)).toEqual(expect.arrayContaining(['CHI', 'CHI-A-01-B1', 'MKE-QA']));
    await asOutsider(async (outsider) => {
      const none = await inventoryChoices(outsider);
      expect(none.sites).toEqual([]);
      expect(none.locations).toEqual([]);
      expect(none.kinds.length).toBe(all.kinds.length);
    });
  });
});
