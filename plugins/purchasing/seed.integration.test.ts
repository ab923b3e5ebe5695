// The plugin's demo data is in the seeded database (through the registry), and seeding again adds nothing.
import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { demoActor } from '../../scripts/test/actors';
import { getPurchaseOrder } from './lib/get-purchase-order';
import { listPurchaseOrders } from './lib/list-purchase-orders';
import { seedPurchasingDemo } from './seed';

describe('purchasing demo data', () => {
  it('has a supplier with a placed purchase order', async () => {
    const lead = await demoActor.deptLead();
    const orders = await listPurchaseOrders(lead, { supplier: 'DIGIKEY-DEMO' });
    expect(orders).toHaveLength(1);
    expect(await getPurchaseOrder(lead, orders[0].number)).toMatchObject({ status: 'PLACED', lines: [{ sku: 'IC-STM32F4', quantity: '10' }, { sku: 'IC-LDO-3V3', quantity: '50' }] });
    const before = await db().purchaseOrder.count();
    await seedPurchasingDemo(db());
    expect(await db().purchaseOrder.count()).toBe(before);
  });
});
