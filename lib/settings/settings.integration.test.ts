import { describe, expect, it } from 'vitest';
import { demoActor } from '../../scripts/test/actors';
import { freshItem } from '../../scripts/test/stock';
import { getItemBySku } from '../catalog/get-item';
import { db } from '../db/client';
import { receiveStock } from '../inventory/movements/receive-stock';
import { listInventory } from '../inventory/queries/list-inventory';
import { getSettings } from './get-settings';
import { updateSettings } from './update-settings';

const KEY = 'inventory.lowStockDefault';
/** The label stock defaults (lib/labels) ride along unchanged. */
const LABELS = { 'labels.defaultFormat.item': 'roll-62x29', 'labels.defaultFormat.location': 'roll-62x29', 'labels.defaultFormat.lot': 'roll-62x29', 'labels.defaultFormat.serial': 'roll-62x29' };

// Runs in order: the first test sees the untouched installation.
describe('installation settings', () => {
  it('reads the code defaults while nothing is stored', async () => {
    expect(await db().setting.count()).toBe(0);
    expect(await getSettings()).toEqual({ [KEY]: '10', ...LABELS });
    expect(await getSettings(await demoActor.admin())).toEqual({ [KEY]: '10', ...LABELS });
  });

  it('moves the low-stock filter of the inventory view and the items\' threshold when an Admin changes the default, and audits it', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('LOW');
    await receiveStock(admin, { sku, to: 'CHI-A', quantity: 7 });
    const lowStock = async () => (await listInventory(admin, { sku, lowStock: 'true' })).data.map((r) => r.sku);
    expect(await lowStock()).toEqual([sku]);
    expect((await getItemBySku(admin, sku)).lowStockAt).toBe('10');

    expect(await updateSettings(admin, { [KEY]: '5.50' })).toEqual({ [KEY]: '5.5', ...LABELS });
    expect(await lowStock()).toEqual([]);
    expect((await getItemBySku(admin, sku)).lowStockAt).toBe('5.5');
    expect(await getSettings()).toEqual({ [KEY]: '5.5', ...LABELS });

    const stored = await db().setting.findUniqueOrThrow({ where: { key: KEY } });
    expect(stored).toMatchObject({ value: '5.5', updatedById: admin.id });
    const audit = await db().auditEvent.findMany({ where: { entity: 'Setting', entityId: KEY } });
    expect(audit).toMatchObject([{ action: 'setting.update', actorId: admin.id, before: { value: '10' }, after: { value: '5.5' } }]);

    // An item's own threshold still wins over the default.
    await db().item.update({ where: { sku }, data: { lowStockThreshold: 8 } });
    expect(await lowStock()).toEqual([sku]);
    await db().item.update({ where: { sku }, data: { lowStockThreshold: null } });

    await updateSettings(admin, { [KEY]: '7.5' });
    expect(await lowStock()).toEqual([sku]);
    // The same value again (in another spelling) writes nothing and audits nothing.
    await updateSettings(admin, { [KEY]: '07.50' });
    expect(await db().auditEvent.count({ where: { entity: 'Setting', entityId: KEY } })).toBe(2);
  });

  it('names the field of a bad value and keeps the setting', async () => {
    const admin = await demoActor.admin();
    const before = await getSettings();
    for (const bad of ['', '-1', 'ten', '1.1234567']) {
      await expect(updateSettings(admin, { [KEY]: bad })).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { [KEY]: expect.stringContaining('0 or more') } });
    }
    expect(await getSettings()).toEqual(before);
  });

  it('falls back to the default when the stored value is unusable, in code and in SQL', async () => {
    const admin = await demoActor.admin();
    await db().setting.update({ where: { key: KEY }, data: { value: 'lots' } });
    expect(await getSettings()).toEqual({ [KEY]: '10', ...LABELS });
    const sku = await freshItem('LOWBAD');
    await receiveStock(admin, { sku, to: 'CHI-A', quantity: 9 });
    expect((await listInventory(admin, { sku, lowStock: 'true' })).data.map((r) => r.sku)).toEqual([sku]);
  });

  it('lets only Admins read the settings screen or change a setting', async () => {
    for (const actor of [await demoActor.deptLead(), await demoActor.teamLead(), await demoActor.member()]) {
      await expect(getSettings(actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(updateSettings(actor, { [KEY]: '1' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(getSettings(null)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
