// Lots of serial-numbered products: completing one made as a lot makes its
// units with serials (linked to the lot through its output posting); one made
// on a work order ends once the order's units have left production.
import { describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/client';
import { pool } from '../../../lib/db/pool';
import { receiveStock } from '../../../lib/inventory/movements/receive-stock';
import { reversePosting } from '../../../lib/inventory/movements/reverse-posting';
import { verifyLedger } from '../../../lib/inventory/verify-ledger';
import { approveSerial } from '../../../lib/serials/approve-serial';
import { listProductLog } from '../../../lib/serials/list-product-log';
import { markDefect } from '../../../lib/serials/mark-defect';
import { demoActor } from '../../../scripts/test/actors';
import { freshStorageUnit } from '../../../scripts/test/locations';
import { freshProduct, unitsOnWorkOrder } from '../../../scripts/test/serials';
import { freshItem, lotsOf } from '../../../scripts/test/stock';
import { completeLot } from './complete-lot';
import { createProductionLot } from './create-production-lot';
import { getLot } from './get-lot';
import { issueMaterials } from './issue-materials';
import { releaseLot } from './release-lot';
import { saveBom } from './save-bom';

describe('lots of serial-numbered products', () => {
  it('completing a lot makes its units: one serial each, in stock on a batch of one, linked to the lot, costed at its material cost', async () => {
    const lead = await demoActor.deptLead();
    const product = await freshProduct(['Assembly', 'QA']);
    const part = await freshItem('SLP');
    await saveBom(lead, { product: product.sku, lines: [{ sku: part, quantityPer: 2 }] });
    const bin = await freshStorageUnit('MKE', 'SLOT');
    await receiveStock(lead, { sku: part, to: bin, quantity: 10, unitCost: '1.25' });
    await expect(createProductionLot(lead, { product: product.sku, quantity: 10_001 })).rejects.toMatchObject({
      fieldErrors: { quantity: `${product.sku} is serial-numbered: at most 10,000 units in one lot.` },
    });
    const { number } = await createProductionLot(lead, { product: product.sku, quantity: 3 });
    await releaseLot(lead, { number });
    await issueMaterials(lead, { number, location: bin });

    await expect(completeLot(lead, { number })).rejects.toMatchObject({ fieldErrors: { location: 'Choose a storage unit.' } });
    await expect(completeLot(lead, { number, location: bin, quantity: '1.5' })).rejects.toMatchObject({ fieldErrors: { quantity: expect.any(String) } });
    const done = await completeLot(lead, { number, location: bin });
    expect(done.serials).toHaveLength(3);
    expect(done.entries).toEqual(Array(3).fill(expect.objectContaining({ entryType: 'PRODUCTION_OUTPUT', sku: product.sku, location: bin, quantity: '1' })));
    expect(done.unitCost).toBe('2.500000');

    const units = await db().serialUnit.findMany({ where: { serial: { in: done.serials } }, include: { stage: true, batch: true }, orderBy: { id: 'asc' } });
    const lotDepartment = (await db().productionLot.findUniqueOrThrow({ where: { number } })).departmentId;
    expect(units.map((u) => [u.serial, u.status, u.stage?.name, u.departmentId, u.workOrderId, Number(u.batch?.unitCost), u.batch?.supplierLot])).toEqual(
      done.serials.map((s) => [s, 'IN_STOCK', 'QA', lotDepartment, null, 2.5, number]),
    );
    // Stock agrees: three batches of one at the bin, the ledger recomputes to the balances.
    expect(Object.values((await lotsOf(product.sku))[bin])).toEqual(['1', '1', '1']);
    expect((await verifyLedger(pool())).differences).toEqual([]);
    // The output belongs to the serials now: it is corrected on them, not by reversing the posting.
    await expect(reversePosting(await demoActor.admin(), { groupId: done.groupId })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('belongs to a serial number') });

    const lot = await getLot(lead, number);
    expect(lot).toMatchObject({ status: 'completed', output: '3', serialTracked: true, materialCost: '7.50' });
    expect(lot.serials).toEqual({ count: 3, serials: done.serials.map((serial) => ({ serial, status: 'in_stock' })) });
    expect(lot.materials).toEqual([expect.objectContaining({ sku: part, quantity: '6', value: '7.50' })]);
    // The product's inventory log shows the output like any stock change of serials.
    const log = await listProductLog(lead, { product: product.sku });
    expect(log.data.map((e) => [e.serial, e.action, e.change, e.after])).toEqual(done.serials.map((s, i) => [s, 'Production output', 1, i + 1]).reverse());
    await expect(completeLot(lead, { number, location: bin })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('a lot made on a work order ends when none of its units is in production; its serials are the order’s', async () => {
    const admin = await demoActor.admin();
    const lead = await demoActor.deptLead();
    const product = await freshProduct(['QA']);
    const part = await freshItem('SLW');
    await saveBom(lead, { product: product.sku, lines: [{ sku: part, quantityPer: 1 }] });
    const order = await unitsOnWorkOrder(product, 2);
    const { number } = await createProductionLot(lead, { product: product.sku, quantity: 2, workOrder: order.number });
    await releaseLot(lead, { number });
    const refused = await completeLot(lead, { number, location: 'MKE-QA' }).catch((e) => e);
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(`made on ${order.number}: 2 of its units are still in production`) });
    expect((await getLot(lead, number)).serials).toEqual({ count: 2, serials: order.serials.map((serial) => ({ serial, status: 'in_production' })) });

    await approveSerial(admin, { serial: order.serials[0], location: 'MKE-QA' });
    await markDefect(admin, { serial: order.serials[1], action: 'scrap', notes: 'cracked' });
    // No storage unit asked: the approval put the unit in stock.
    const done = await completeLot(lead, { number });
    expect(done).toMatchObject({ groupId: null, entries: [], serials: order.serials });
    const lot = await getLot(lead, number);
    expect(lot).toMatchObject({ status: 'completed', workOrder: order.number, output: '0' });
    expect(lot.serials.serials.map((s) => s.status)).toEqual(['in_stock', 'scrapped']);
    expect(await db().serialUnit.count({ where: { itemId: product.id } })).toBe(2);
  });
});
