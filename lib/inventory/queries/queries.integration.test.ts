import { describe, expect, it } from 'vitest';
import { demoActor } from '../../../scripts/test/actors';
import { freshItem } from '../../../scripts/test/stock';
import { db } from '../../db/client';
import { pool } from '../../db/pool';
import { consumeStock } from '../movements/issue-stock';
import { receiveStock } from '../movements/receive-stock';
import { transferStock } from '../movements/transfer-stock';
import { exportInventoryCsv } from './export-inventory';
import { listItemLots } from './item-lots';
import { listInventory } from './list-inventory';
import { listMovements } from './movement-history';

async function collect(gen: AsyncGenerator<string>) {
  let s = '';
  for await (const chunk of gen) s += chunk;
  return s;
}

describe('inventory views', () => {
  it('shows stock by item and by location, valued at batch cost (standard cost where a batch has none)', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('V'); // standard cost 1.5
    await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 10, unitCost: '2.25' });
    await receiveStock(admin, { sku, to: 'MKE-QA', quantity: 4 });
    const byItem = await listInventory(admin, { groupBy: 'item', sku });
    expect(byItem.data).toEqual([expect.objectContaining({ sku, location: null, quantity: '14', available: '14', value: '28.50' })]);
    const byLocation = await listInventory(admin, { groupBy: 'location', sku });
    expect(byLocation.data.map((r) => [r.location, r.quantity, r.value])).toEqual([
      ['CHI-A-01-B1', '10', '22.50'],
      ['MKE-QA', '4', '6.00'],
    ]);
    const underChicago = await listInventory(admin, { groupBy: 'location', sku, location: 'CHI' });
    expect(underChicago.data.map((r) => r.location)).toEqual(['CHI-A-01-B1']);
  });

  it('pages with a cursor and refuses a forged one', async () => {
    const admin = await demoActor.admin();
    const first = await listInventory(admin, { groupBy: 'location' }, { limit: 1 });
    if (first.nextCursor) {
      const second = await listInventory(admin, { groupBy: 'location' }, { limit: 1, cursor: first.nextCursor });
      expect(second.data[0]).not.toEqual(first.data[0]);
    }
    await expect(listInventory(admin, {}, { cursor: 'garbage' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(listInventory(admin, {}, { limit: 501 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('shows stock as it was at a past moment, from the ledger', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('H');
    await receiveStock(admin, { sku, to: 'CHI', quantity: 10 });
    const between = new Date();
    await new Promise((r) => setTimeout(r, 20));
    await consumeStock(admin, { sku, from: 'CHI', quantity: 7 });
    expect((await listInventory(admin, { sku })).data[0].quantity).toBe('3');
    expect((await listInventory(admin, { sku, asOf: between.toISOString() })).data[0].quantity).toBe('10');
    expect((await listInventory(admin, { sku, asOf: '2000-01-01' })).data).toEqual([]);
  });

  it('keeps other departments out: a lead of another department sees no stock there', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('S');
    await receiveStock(admin, { sku, to: 'CHI', quantity: 5 });
    const logistics = await db().department.findUniqueOrThrow({ where: { name: 'Logistics' } });
    const lead = await demoActor.deptLead();
    await db().user.update({ where: { id: lead.id }, data: { departmentId: logistics.id } });
    try {
      const outsider = await demoActor.deptLead();
      expect((await listInventory(outsider, { sku })).data).toEqual([]);
      expect((await listItemLots(outsider, { sku })).lots).toEqual([]);
      expect((await listMovements(outsider, { sku })).data).toEqual([]);
      await expect(transferStock(outsider, { sku, from: 'CHI', to: 'MKE', quantity: 1 })).rejects.toMatchObject({ fieldErrors: { from: 'Unknown location "CHI".' } });
    } finally {
      await db().user.update({ where: { id: lead.id }, data: { departmentId: lead.departmentId } });
    }
  });

  it('lists the lots of an item, with empty ones on request', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('L');
    await receiveStock(admin, { sku, to: 'CHI', quantity: 3, supplier: 'Digi-Key', supplierLot: 'DK-77' });
    await transferStock(admin, { sku, from: 'CHI', to: 'MKE', quantity: 3 });
    const lots = await listItemLots(admin, { sku });
    expect(lots.lots.map((l) => [l.location, l.batch, l.quantity, l.supplier])).toEqual([['MKE', '#0001', '3', 'Digi-Key']]);
    const all = await listItemLots(admin, { sku, includeEmpty: 'true' });
    expect(all.lots.map((l) => [l.location, l.quantity])).toEqual([['CHI', '0'], ['MKE', '3']]);
  });

  it('exports exactly the current view as CSV', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('=E');
    await receiveStock(admin, { sku, to: 'CHI-A', quantity: 2 });
    const csv = await collect(exportInventoryCsv(admin, { groupBy: 'location', sku }));
    expect(csv).toBe(`SKU,Item name,Location,Quantity,Available,Customer-owned,Unit,Value\r\n"'${sku}",Test item ${sku},CHI-A,2,2,0,pcs,3.00\r\n`);
  });

  it('shows movement history newest first with user, balances and reference', async () => {
    const lead = await demoActor.teamLead();
    const sku = await freshItem('M');
    await receiveStock(lead, { sku, to: 'CHI', quantity: 5, reference: { kind: 'purchase_order', number: 'PO-42' } });
    await transferStock(lead, { sku, from: 'CHI', to: 'MKE', quantity: 2, note: 'for line 1' });
    const h = await listMovements(lead, { sku });
    expect(h.data.map((m) => [m.entryType, m.location, m.quantity, m.balanceBefore, m.balanceAfter])).toEqual([
      ['TRANSFER_IN', 'MKE', '2', '0', '2'],
      ['TRANSFER_OUT', 'CHI', '-2', '5', '3'],
      ['RECEIPT', 'CHI', '5', '0', '5'],
    ]);
    expect(h.data[2]).toMatchObject({ reference: 'purchase_order PO-42', user: 'Theo Team-Lead' });
    expect(h.data[0].note).toBe('for line 1');
    const atMke = await listMovements(lead, { location: 'MKE', sku });
    expect(atMke.data).toHaveLength(1);
    void pool;
  });
});
