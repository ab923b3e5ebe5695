// The forecast against lots made by the production-lots plugin's own operations
// (plan, release, issue materials), not rows written by hand: the two plugins
// agree on allocations and on consumption postings naming the lot.
import { describe, expect, it } from 'vitest';
import { receiveStock } from '../../../lib/inventory/movements/receive-stock';
import { demoActor } from '../../../scripts/test/actors';
import { freshItem } from '../../../scripts/test/stock';
import { createProductionLot } from '../../production-lots/lib/create-production-lot';
import { issueMaterials } from '../../production-lots/lib/issue-materials';
import { releaseLot } from '../../production-lots/lib/release-lot';
import { saveBom } from '../../production-lots/lib/save-bom';
import { freshAssembly } from '../../production-lots/lib/test-factories';
import { createPurchaseOrder } from './create-purchase-order';
import { forecastAll, forecastForLot } from './forecast';
import { createSupplier } from './suppliers';

describe('forecast with the production lots plugin', () => {
  it('follows a lot from planned through released to issued', async () => {
    const lead = await demoActor.deptLead();
    const product = await freshAssembly();
    const [x, y] = [await freshItem('WX'), await freshItem('WY')];
    await saveBom(lead, { product, lines: [{ sku: x, quantityPer: 4 }, { sku: y, quantityPer: 1 }] });
    await receiveStock(lead, { sku: x, to: 'CHI-A-01-B1', quantity: 30 });
    const supplier = (await createSupplier(lead, { code: `WS-${Date.now().toString(36)}`, name: 'W supplier' })).code;
    await createPurchaseOrder(lead, { supplier, lines: [{ sku: y, quantity: 2, unitPrice: 1, expectedAt: '2099-07-01' }] });
    const row = (rows: Awaited<ReturnType<typeof forecastAll>>, sku: string) => {
      const r = rows.find((e) => e.sku === sku)!;
      return [r.required, r.onHand, r.allocatedElsewhere, r.onOrder, r.shortfall];
    };

    // Two planned lots of 5: X 20 each (40 against 30 on hand), Y 5 each (10 against 2 on order).
    const first = (await createProductionLot(lead, { product, quantity: 5 })).number;
    const second = (await createProductionLot(lead, { product, quantity: 5 })).number;
    expect(row(await forecastForLot(lead, first), x)).toEqual(['20', '30', '0', '0', '0']);
    let all = await forecastAll(lead);
    expect([row(all, x), row(all, y)]).toEqual([
      ['40', '30', '0', '0', '10'],
      ['10', '0', '0', '2', '8'],
    ]);

    // Released, the first lot holds 20 X: the second lot sees them as allocated elsewhere.
    await releaseLot(lead, { number: first });
    expect(row(await forecastForLot(lead, second), x)).toEqual(['20', '30', '20', '0', '10']);
    // Issuing 12 X to the first lot: 18 on hand, it still holds 8, the second lot's shortfall stays 10.
    await issueMaterials(lead, { number: first, location: 'CHI-A-01-B1', lines: [{ sku: x, quantity: 12 }] });
    expect(row(await forecastForLot(lead, second), x)).toEqual(['20', '18', '8', '0', '10']);
    expect(row(await forecastForLot(lead, first), x)).toEqual(['8', '18', '0', '0', '0']);
    // Issuing put the first lot in progress: the roll-up (planned and released lots) counts what it still holds as allocated elsewhere.
    all = await forecastAll(lead);
    expect(row(all, x)).toEqual(['20', '18', '8', '0', '10']);
  });
});
