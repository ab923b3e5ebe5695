import { describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/client';
import { receiveStock } from '../../../lib/inventory/movements/receive-stock';
import { reversePosting } from '../../../lib/inventory/movements/reverse-posting';
import { setPluginEnabled } from '../../../lib/plugins';
import { demoActor } from '../../../scripts/test/actors';
import { freshStorageUnit } from '../../../scripts/test/locations';
import { logisticsUser } from '../../../scripts/test/serials';
import { freshItem, lotsOf } from '../../../scripts/test/stock';
import { closeLot } from './close-lot';
import { completeLot } from './complete-lot';
import { createProductionLot } from './create-production-lot';
import { getLot } from './get-lot';
import { issueMaterials } from './issue-materials';
import { listLots } from './list-lots';
import { releaseLot } from './release-lot';
import { saveBom } from './save-bom';
import { freshAssembly } from './test-factories';

/** A PCBA with a BOM: 4 resistors, 0.5 m of wire, 1 MCU per board. */
async function productWithBom() {
  const admin = await demoActor.admin();
  const product = await freshAssembly();
  const res = await freshItem('LR');
  const wire = await freshItem('LW', { unit: 'm' });
  const mcu = await freshItem('LM');
  await saveBom(admin, { product, lines: [{ sku: res, quantityPer: 4 }, { sku: wire, quantityPer: '0.5' }, { sku: mcu, quantityPer: 1 }] });
  return { product, res, wire, mcu };
}

const allocationsOf = async (number: string) =>
  Object.fromEntries(
    (await db().lotAllocation.findMany({ where: { lot: { number } }, orderBy: { itemId: 'asc' } })).map((a) => [a.itemId, String(Number(a.quantity))]),
  );

describe('production lots', () => {
  it('plans a lot with the next number on the latest BOM version, and answers a repeated key with the first lot', async () => {
    const lead = await demoActor.deptLead();
    const { product, res } = await productWithBom();
    await saveBom(lead, { product, lines: [{ sku: res, quantityPer: 2 }] });
    const first = await createProductionLot(lead, { product, quantity: 3, issueAt: '2026-12-01', idempotencyKey: 'lot-1' });
    expect(first).toMatchObject({ number: expect.stringMatching(/^LOT-\d{6}$/), replayed: false });
    expect(await createProductionLot(lead, { product, quantity: 3, issueAt: '2026-12-01', idempotencyKey: 'lot-1' })).toEqual({ number: first.number, replayed: true });
    await expect(createProductionLot(lead, { product, quantity: 4, idempotencyKey: 'lot-1' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const second = await createProductionLot(lead, { product, quantity: 1 });
    expect(Number(second.number.slice(4))).toBe(Number(first.number.slice(4)) + 1);
    const lot = await getLot(lead, first.number.toLowerCase());
    expect(lot).toMatchObject({ number: first.number, product, bomVersion: 2, quantity: '3', status: 'planned', issueAt: '2026-12-01T00:00:00.000Z', department: 'Electronics Production' });
    expect(lot.items).toEqual([expect.objectContaining({ sku: res, quantityPer: '2', required: '6', allocated: '0', consumed: '0', toIssue: '0' })]);
    expect((await listLots(lead, { status: 'planned' })).map((l) => l.number)).toEqual(expect.arrayContaining([first.number, second.number]));
    expect((await listLots(lead, { status: 'closed' })).map((l) => l.number)).not.toContain(first.number);
    await expect(listLots(lead, { status: 'bogus' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('refuses a lot without a BOM, an unknown product, a wrong quantity or work order', async () => {
    const lead = await demoActor.deptLead();
    const bare = await freshAssembly();
    const { product } = await productWithBom();
    const refused = (input: unknown) => createProductionLot(lead, input).then(() => ({}), (e) => ({ code: e.code, fieldErrors: e.fieldErrors }));
    expect(await refused({ product: bare, quantity: 1 })).toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { product: expect.stringContaining('no bill of materials') } });
    expect(await refused({ product: 'NOPE-XYZ', quantity: 1 })).toMatchObject({ fieldErrors: { product: 'There is no item NOPE-XYZ.' } });
    expect(await refused({ product, quantity: '1.5' })).toMatchObject({ fieldErrors: { quantity: 'Enter a whole number.' } });
    expect(await refused({ product, quantity: 0 })).toMatchObject({ fieldErrors: { quantity: 'Enter a quantity above zero.' } });
    expect(await refused({ product, quantity: '99999999999999' })).toMatchObject({ fieldErrors: { quantity: 'At most 1,000,000 in one lot.' } });
    expect(await refused({ product, quantity: 1, workOrder: 'WO-999999' })).toMatchObject({ fieldErrors: { workOrder: 'There is no work order WO-999999.' } });
    expect(await refused({ product, quantity: 1, issueAt: '2026-05-02', completionAt: '2026-05-01' })).toMatchObject({ fieldErrors: { completionAt: expect.any(String) } });
    expect(await refused({ quantity: 1 })).toMatchObject({ fieldErrors: { product: 'Choose a product.' } });
  });

  it('keeps lots to their department (Admin sees all) and hides them from roles without the permission', async () => {
    const lead = await demoActor.deptLead();
    const { product } = await productWithBom();
    const { number } = await createProductionLot(lead, { product, quantity: 2 });
    const outsider = await logisticsUser('DEPARTMENT_LEAD');
    await expect(getLot(outsider, number)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(releaseLot(outsider, { number })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listLots(outsider)).map((l) => l.number)).not.toContain(number);
    const theirs = await createProductionLot(outsider, { product, quantity: 1 });
    expect((await listLots(lead)).map((l) => l.number)).not.toContain(theirs.number);
    expect((await listLots(await demoActor.admin())).map((l) => l.number)).toEqual(expect.arrayContaining([number, theirs.number]));
    expect((await getLot(await demoActor.teamLead(), number)).number).toBe(number);
    const member = await demoActor.member();
    await expect(getLot(member, number)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listLots(member)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A Team Lead may issue and complete, not plan, release or close.
    const teamLead = await demoActor.teamLead();
    await expect(createProductionLot(teamLead, { product, quantity: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(releaseLot(teamLead, { number })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(closeLot(teamLead, { number })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('releases a lot by allocating quantity per unit × lot quantity of each component, once', async () => {
    const lead = await demoActor.deptLead();
    const { product, res, wire, mcu } = await productWithBom();
    const { number } = await createProductionLot(lead, { product, quantity: 3 });
    expect(await releaseLot(lead, { number })).toEqual({ number, status: 'RELEASED', allocations: 3 });
    const ids = Object.fromEntries((await db().item.findMany({ where: { sku: { in: [res, wire, mcu] } } })).map((i) => [i.sku, i.id]));
    expect(await allocationsOf(number)).toEqual({ [ids[res]]: '12', [ids[wire]]: '1.5', [ids[mcu]]: '3' });
    await expect(releaseLot(lead, { number })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await getLot(lead, number)).items.map((i) => [i.sku, i.required, i.allocated, i.toIssue])).toEqual([
      [res, '12', '12', '12'],
      [wire, '1.50', '1.50', '1.50'],
      [mcu, '3', '3', '3'],
    ]);
  });

  it('issues materials FIFO from a storage unit through the ledger, costs them, and completes and closes the lot', async () => {
    const admin = await demoActor.admin();
    const teamLead = await demoActor.teamLead();
    const lead = await demoActor.deptLead();
    const { product, res, wire, mcu } = await productWithBom();
    const bin = await freshStorageUnit('MKE', 'LOTBIN');
    await receiveStock(admin, { sku: res, to: bin, quantity: 10, unitCost: '0.10' });
    await receiveStock(admin, { sku: res, to: bin, quantity: 10, unitCost: '0.20' });
    await receiveStock(admin, { sku: wire, to: bin, quantity: 5, unitCost: '2' });
    await receiveStock(admin, { sku: mcu, to: bin, quantity: 5, unitCost: '7.5' });
    const { number } = await createProductionLot(lead, { product, quantity: 3 });
    await expect(issueMaterials(teamLead, { number, location: bin })).rejects.toMatchObject({ code: 'CONFLICT' }); // planned
    await releaseLot(lead, { number });
    // Part first: 5 resistors, from the oldest batch.
    const part = await issueMaterials(teamLead, { number, location: bin, lines: [{ sku: res, quantity: 5 }] });
    expect(part.entries).toMatchObject([{ entryType: 'CONSUMPTION', sku: res, batch: '#0001', quantity: '-5' }]);
    expect((await getLot(lead, number)).status).toBe('in_progress');
    // Then the rest of what is allocated: 7 resistors (5 of batch 1, 2 of batch 2), 1.5 m wire, 3 MCUs.
    const rest = await issueMaterials(teamLead, { number, location: bin });
    expect(rest.entries.map((e) => [e.sku, e.batch, e.quantity])).toEqual([
      [res, '#0001', '-5'],
      [res, '#0002', '-2'],
      [wire, '#0001', '-1.50'],
      [mcu, '#0001', '-3'],
    ]);
    expect(await lotsOf(res)).toEqual({ [bin]: { '#0002': '8' } });
    await expect(issueMaterials(teamLead, { number, location: bin })).rejects.toMatchObject({ code: 'CONFLICT' }); // nothing left
    const short = await issueMaterials(teamLead, { number, location: bin, lines: [{ sku: mcu, quantity: 9 }] }).catch((e) => e);
    expect(short).toMatchObject({ code: 'INSUFFICIENT_STOCK', fieldErrors: { 'lines.0.quantity': `Only 2 pcs of ${mcu} available at ${bin}; 9 pcs to issue.` } });
    await expect(issueMaterials(teamLead, { number, location: bin, lines: [{ sku: product, quantity: 1 }] })).rejects.toMatchObject({ fieldErrors: { 'lines.0.sku': expect.stringContaining('not on the BOM') } });
    await expect(issueMaterials(teamLead, { number, location: 'NOPE-LOC' })).rejects.toMatchObject({ fieldErrors: { location: 'Unknown location "NOPE-LOC".' } });

    // 10×0.10 + 2×0.20 + 1.5×2 + 3×7.5 = 1.00 + 0.40 + 3.00 + 22.50
    let lot = await getLot(lead, number);
    expect(Object.fromEntries(lot.materials.map((m) => [m.sku, [m.quantity, m.value]]))).toEqual({ [res]: ['12', '1.40'], [wire]: ['1.50', '3.00'], [mcu]: ['3', '22.50'] });
    expect(lot.materialCost).toBe('26.90');
    expect(lot.items.map((i) => [i.sku, i.consumed, i.toIssue])).toEqual([
      [res, '12', '0'],
      [wire, '1.50', '0.00'],
      [mcu, '3', '0'],
    ]);
    const movements = await db().postingGroup.findMany({ where: { refKind: 'production_lot', refNumber: number } });
    expect(movements).toHaveLength(2);

    // A reversed issue no longer counts.
    await reversePosting(admin, { groupId: part.groupId, reason: 'wrong reel' });
    lot = await getLot(lead, number);
    expect(lot.items[0]).toMatchObject({ consumed: '7', toIssue: '5' });
    expect(lot.materialCost).toBe('26.40');

    // Completion receives the output at the material cost per unit.
    const qa = await freshStorageUnit('MKE', 'LOTOUT');
    const done = await completeLot(teamLead, { number, location: qa });
    expect(done.entries).toMatchObject([{ entryType: 'PRODUCTION_OUTPUT', sku: product, location: qa, quantity: '3' }]);
    expect(done.unitCost).toBe('8.800000');
    expect(await lotsOf(product)).toEqual({ [qa]: { '#0001': '3' } });
    const batch = await db().batch.findFirstOrThrow({ where: { item: { sku: product } } });
    expect(Number(batch.unitCost)).toBe(8.8);
    lot = await getLot(lead, number);
    expect(lot).toMatchObject({ status: 'completed', output: '3', materialCost: '26.40' });
    expect(lot.completionAt).not.toBeNull();
    await expect(completeLot(teamLead, { number, location: qa })).rejects.toMatchObject({ code: 'CONFLICT' });

    // Closing frees what was allocated but not consumed.
    await closeLot(lead, { number });
    const ids = Object.fromEntries((await db().item.findMany({ where: { sku: { in: [res, wire, mcu] } } })).map((i) => [i.sku, i.id]));
    expect(await allocationsOf(number)).toEqual({ [ids[res]]: '7', [ids[wire]]: '1.5', [ids[mcu]]: '3' });
    expect((await getLot(lead, number)).status).toBe('closed');
    await expect(closeLot(lead, { number })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('leaves serial-numbered components out of a default issue and refuses them by name', async () => {
    const admin = await demoActor.admin();
    const product = await freshAssembly();
    const board = await freshAssembly('panel');
    const part = await freshItem('LX');
    await saveBom(admin, { product, lines: [{ sku: board, quantityPer: 1 }, { sku: part, quantityPer: 2 }] });
    const bin = await freshStorageUnit('MKE', 'LOTSER');
    await receiveStock(admin, { sku: part, to: bin, quantity: 10 });
    const { number } = await createProductionLot(admin, { product, quantity: 2 });
    await releaseLot(admin, { number });
    await expect(issueMaterials(admin, { number, location: bin, lines: [{ sku: board, quantity: 1 }] })).rejects.toMatchObject({ fieldErrors: { 'lines.0.sku': expect.stringContaining('serial-numbered') } });
    const issued = await issueMaterials(admin, { number, location: bin });
    expect(issued).toMatchObject({ skipped: [board], entries: [{ sku: part, quantity: '-4' }] });
    await expect(issueMaterials(admin, { number, location: bin })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(`${board} is serial-numbered`) });
  });

  it('answers "not found" for everything while the plugin is switched off', async () => {
    const admin = await demoActor.admin();
    const { product } = await productWithBom();
    const { number } = await createProductionLot(admin, { product, quantity: 1 });
    await setPluginEnabled(admin, 'production-lots', false);
    try {
      const off = await demoActor.admin();
      expect(off.permissions.has('lots.view')).toBe(false);
      for (const call of [
        () => getLot(off, number),
        () => listLots(off),
        () => createProductionLot(off, { product, quantity: 1 }),
        () => releaseLot(off, { number }),
        () => issueMaterials(off, { number, location: 'MKE-QA' }),
        () => completeLot(off, { number, location: 'MKE-QA' }),
        () => closeLot(off, { number }),
        () => saveBom(off, { product, lines: [] }),
      ]) {
        await expect(call()).rejects.toMatchObject({ code: 'NOT_FOUND' });
      }
    } finally {
      await setPluginEnabled(admin, 'production-lots', true);
    }
    expect((await getLot(await demoActor.admin(), number)).number).toBe(number);
  });
});
