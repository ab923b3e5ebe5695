import { describe, expect, it } from 'vitest';
import { demoActor } from '../../scripts/test/actors';
import { db } from '../db/client';
import { definePlugin } from './manifest';
import { listPluginStates, loadDisabledPluginIds, setPluginEnabled } from './plugin-states';

const fixtures = [
  definePlugin({ id: 'widgets', name: 'Widgets', version: '1.2.0', permissions: { 'widgets.view': ['ADMIN'] } }),
  definePlugin({ id: 'asset-tags', name: 'Asset tags', version: '0.3.1' }),
];

describe('plugin switches', () => {
  it('lists installed plugins, enabled until an Admin switches one off, and audits each switch', async () => {
    const admin = await demoActor.admin();
    // Both first plugins ship enabled in a fresh installation.
    expect((await listPluginStates(admin)).map((p) => [p.id, p.enabled])).toEqual([['production-lots', true], ['purchasing', true]]);
    expect(await listPluginStates(admin, fixtures)).toEqual([
      { id: 'asset-tags', name: 'Asset tags', version: '0.3.1', enabled: true },
      { id: 'widgets', name: 'Widgets', version: '1.2.0', enabled: true },
    ]);
    expect(await loadDisabledPluginIds()).toEqual(new Set());

    await setPluginEnabled(admin, 'widgets', false, fixtures);
    expect((await listPluginStates(admin, fixtures)).map((p) => [p.id, p.enabled])).toEqual([
      ['asset-tags', true],
      ['widgets', false],
    ]);
    expect(await loadDisabledPluginIds()).toEqual(new Set(['widgets']));
    expect(await db().pluginState.findUnique({ where: { pluginId: 'widgets' } })).toMatchObject({ enabled: false, updatedById: admin.id });

    // Switching to the state it is already in changes nothing and audits nothing.
    await setPluginEnabled(admin, 'widgets', false, fixtures);
    await setPluginEnabled(admin, 'asset-tags', true, fixtures);
    await setPluginEnabled(admin, 'widgets', true, fixtures);
    expect(await loadDisabledPluginIds()).toEqual(new Set());
    const audit = await db().auditEvent.findMany({ where: { entity: 'Plugin' }, orderBy: { id: 'asc' } });
    expect(audit).toMatchObject([
      { action: 'plugin.disable', entityId: 'widgets', actorId: admin.id, before: { enabled: true }, after: { enabled: false } },
      { action: 'plugin.enable', entityId: 'widgets', actorId: admin.id, before: { enabled: false }, after: { enabled: true } },
    ]);
  });

  it('answers NOT_FOUND for a plugin that is not installed, and writes nothing', async () => {
    const admin = await demoActor.admin();
    await expect(setPluginEnabled(admin, 'not-installed', false, fixtures)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Without the fixture list, only the (empty) installed list counts.
    await expect(setPluginEnabled(admin, 'widgets', false)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db().pluginState.count({ where: { pluginId: 'not-installed' } })).toBe(0);
    expect(await loadDisabledPluginIds()).toEqual(new Set());
  });

  it('lets only Admins see or switch plugins', async () => {
    for (const actor of [await demoActor.deptLead(), await demoActor.teamLead(), await demoActor.member()]) {
      await expect(listPluginStates(actor, fixtures)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(setPluginEnabled(actor, 'widgets', false, fixtures)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await loadDisabledPluginIds()).toEqual(new Set());
  });
});
