// Scanning's production logging against a lot (extension point "scan targets"):
// materials are consumed with the lot's reference and show in its usage; with
// the plugin switched off the lot is unknown to scanning.
import { describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/client';
import { receiveStock } from '../../../lib/inventory/movements/receive-stock';
import { scanTargetProvidersFor, setPluginEnabled } from '../../../lib/plugins';
import { commitScan } from '../../../lib/scan/commit-scan';
import { previewScan } from '../../../lib/scan/preview-scan';
import { setRolePermission } from '../../../lib/roles/permission-matrix';
import { demoActor } from '../../../scripts/test/actors';
import { freshItem } from '../../../scripts/test/stock';
import { createProductionLot } from './create-production-lot';
import { getLot } from './get-lot';
import { releaseLot } from './release-lot';
import { saveBom } from './save-bom';
import { freshAssembly } from './test-factories';

const refusal = (p: Promise<unknown>) => p.then(() => null, (e) => ({ code: e.code, ...e.fieldErrors }));

describe('scanning against a production lot', () => {
  it('consumes materials with the lot reference, puts the lot in progress, and lists only active dated lots', async () => {
    const admin = await demoActor.admin();
    const lead = await demoActor.deptLead();
    const product = await freshAssembly();
    const res = await freshItem('SLR');
    await saveBom(admin, { product, lines: [{ sku: res, quantityPer: 4 }] });
    await receiveStock(admin, { sku: res, to: 'MKE-LINE-1', quantity: 100 });
    const { number } = await createProductionLot(lead, { product, quantity: 5, issueAt: '2026-12-01', completionAt: '2026-12-10' });
    const undated = await createProductionLot(lead, { product, quantity: 1 });
    const planned = await createProductionLot(lead, { product, quantity: 1, issueAt: '2026-12-01', completionAt: '2026-12-10' });
    await releaseLot(lead, { number });
    await releaseLot(lead, { number: undated.number });

    const choices = (await Promise.all(scanTargetProvidersFor(lead).map((p) => p.listActive(lead)))).flat().map((c) => c.number);
    expect(choices).toContain(number);
    expect(choices).not.toContain(undated.number);
    expect(choices).not.toContain(planned.number);

    const session = { workflow: 'production', target: number, location: 'MKE-LINE-1', lines: [{ code: `8*${res}` }] };
    expect(await previewScan(lead, session)).toEqual(expect.objectContaining({ ok: true, target: { kind: 'production_lot', id: expect.any(Number), number, label: `${number} · ${product}` } }));
    const done = await commitScan(lead, session);
    expect(done).toMatchObject({ workflow: 'production', target: number, lines: [{ sku: res, quantity: '8' }] });
    const group = await db().postingGroup.findUniqueOrThrow({ where: { id: done.groupId } });
    expect(group).toMatchObject({ refKind: 'production_lot', refNumber: number });
    const lot = await getLot(lead, number);
    expect(lot.status).toBe('in_progress');
    expect(lot.materials).toEqual([expect.objectContaining({ sku: res, quantity: '8' })]);
    expect(lot.items).toEqual([expect.objectContaining({ sku: res, consumed: '8' })]);

    for (const other of [undated.number, planned.number]) {
      expect(await refusal(commitScan(lead, { ...session, target: other }))).toMatchObject({ code: 'INVALID_INPUT', target: `Unknown production run "${other}".` });
    }
  });

  it('offers lots to every role holding lots.issue (Team Lead by default, a Member once granted it); without it a Member logs against work orders only', async () => {
    const admin = await demoActor.admin();
    const product = await freshAssembly();
    const res = await freshItem('SLT');
    await saveBom(admin, { product, lines: [{ sku: res, quantityPer: 1 }] });
    await receiveStock(admin, { sku: res, to: 'MKE-LINE-1', quantity: 20 });
    const { number } = await createProductionLot(await demoActor.deptLead(), { product, quantity: 5, issueAt: '2026-12-01', completionAt: '2026-12-10' });
    await releaseLot(admin, { number });
    const session = { workflow: 'production', target: number, location: 'MKE-LINE-1', lines: [{ code: `2*${res}` }] };
    const picker = async (actor: Awaited<ReturnType<typeof demoActor.admin>>) =>
      (await Promise.all(scanTargetProvidersFor(actor).map((p) => p.listActive(actor)))).flat().map((c) => c.number);

    const teamLead = await demoActor.teamLead();
    expect(await picker(teamLead)).toContain(number);
    expect((await commitScan(teamLead, session)).target).toBe(number);

    const member = await demoActor.member();
    expect(member.permissions.has('lots.issue')).toBe(false);
    expect(await picker(member)).toEqual([]);
    expect(await refusal(commitScan(member, session))).toMatchObject({ code: 'INVALID_INPUT', target: `Unknown production run "${number}".` });
    await setRolePermission(admin, { role: 'MEMBER', permission: 'lots.issue', granted: 'true' });
    try {
      const granted = await demoActor.member();
      expect(await picker(granted)).toContain(number);
      expect((await commitScan(granted, session)).target).toBe(number);
    } finally {
      await setRolePermission(admin, { role: 'MEMBER', permission: 'lots.issue', granted: 'false' });
    }
    expect((await getLot(admin, number)).materials).toEqual([expect.objectContaining({ sku: res, quantity: '4' })]);
  });

  it('does not know the lot when the plugin is switched off', async () => {
    const admin = await demoActor.admin();
    const product = await freshAssembly();
    const res = await freshItem('SLD');
    await saveBom(admin, { product, lines: [{ sku: res, quantityPer: 1 }] });
    await receiveStock(admin, { sku: res, to: 'MKE-LINE-1', quantity: 10 });
    const { number } = await createProductionLot(admin, { product, quantity: 2, issueAt: '2026-12-01', completionAt: '2026-12-10' });
    await releaseLot(admin, { number });
    const session = { workflow: 'production', target: number, location: 'MKE-LINE-1', lines: [{ code: res }] };
    await setPluginEnabled(admin, 'production-lots', false);
    try {
      const off = await demoActor.admin();
      expect(scanTargetProvidersFor(off)).toEqual([]);
      expect(await refusal(commitScan(off, session))).toMatchObject({ code: 'INVALID_INPUT', target: `Unknown production run "${number}".` });
    } finally {
      await setPluginEnabled(admin, 'production-lots', true);
    }
    expect((await commitScan(await demoActor.admin(), session)).target).toBe(number);
  });
});
