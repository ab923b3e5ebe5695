// "Create draft POs for shortfalls" pressed twice: the second press finds the
// shortfalls on drafts and drafts nothing more; placing the draft puts it on
// order and the shortfall drops.
import { describe, expect, it } from 'vitest';
import { pool } from '../../../lib/db/pool';
import { receiveStock } from '../../../lib/inventory/movements/receive-stock';
import { demoActor } from '../../../scripts/test/actors';
import { freshItem } from '../../../scripts/test/stock';
import { createProductionLot } from '../../production-lots/lib/create-production-lot';
import { saveBom } from '../../production-lots/lib/save-bom';
import { freshAssembly } from '../../production-lots/lib/test-factories';
import { createPurchaseOrder } from './create-purchase-order';
import { forecastAll } from './forecast';
import { createDraftPosForShortfalls } from './forecast-actions';
import { setItemPurchasing } from './item-purchasing';
import { placePurchaseOrder } from './set-purchase-order-status';
import { createSupplier } from './suppliers';

describe('draft POs for shortfalls', () => {
  it('drafts each shortfall once, however often pressed (also at once), and placing the draft puts it on order', async () => {
    const admin = await demoActor.admin();
    const lead = await demoActor.deptLead();
    const product = await freshAssembly();
    const [x, y] = [await freshItem('DX'), await freshItem('DY')];
    await saveBom(lead, { product, lines: [{ sku: x, quantityPer: 4 }, { sku: y, quantityPer: 1 }] });
    await receiveStock(lead, { sku: x, to: 'CHI-A-01-B1', quantity: 30 });
    const supplier = (await createSupplier(admin, { code: `DS-${Date.now().toString(36)}`, name: 'Draft supplier' })).code;
    await setItemPurchasing(admin, { sku: x, preferredSupplier: supplier });
    await setItemPurchasing(admin, { sku: y, preferredSupplier: supplier });
    // Y: 2 of the 10 needed are on a draft made by hand already.
    await createPurchaseOrder(lead, { supplier, status: 'draft', lines: [{ sku: y, quantity: 2, unitPrice: 1 }] });
    await createProductionLot(lead, { product, quantity: 10 });
    const row = async (sku: string) => {
      const r = (await forecastAll(lead)).find((e) => e.sku === sku)!;
      return [r.required, r.onHand, r.allocatedElsewhere, r.onOrder, r.shortfall, r.onDraft];
    };
    // X: 40 − 30 = 10 short; Y: 10 short, 2 of it on a draft.
    expect([await row(x), await row(y)]).toEqual([
      ['40', '30', '0', '0', '10', '0'],
      ['10', '0', '0', '0', '10', '2'],
    ]);

    const draftLines = async () =>
      (
        await pool().query(
          `SELECT i.sku::text AS sku, l.quantity::float8 AS quantity, o.status::text AS status FROM "PurchaseOrderLine" l
           JOIN "Item" i ON i.id = l."itemId" JOIN "PurchaseOrder" o ON o.id = l."orderId" WHERE i.sku = ANY($1::citext[]) ORDER BY l.id`,
          [[x, y]],
        )
      ).rows.map((r) => [r.sku, String(r.quantity), r.status]);
    // Pressed twice at once, then once more: one set of draft lines, asking for what the first draft did not hold.
    const presses = await Promise.all([createDraftPosForShortfalls(lead), createDraftPosForShortfalls(lead)]);
    const again = await createDraftPosForShortfalls(lead);
    const made = [...presses, again].flatMap((p) => p.orders.filter((o) => o.supplier === supplier));
    expect(made).toHaveLength(1);
    expect(again.onDrafts).toEqual(expect.arrayContaining([x, y]));
    expect(await draftLines()).toEqual([
      [y, '2', 'DRAFT'],
      [x, '10', 'DRAFT'],
      [y, '8', 'DRAFT'],
    ]);
    // Drafts are not on order: the shortfall stands, and the forecast says what the drafts hold.
    expect([await row(x), await row(y)]).toEqual([
      ['40', '30', '0', '0', '10', '10'],
      ['10', '0', '0', '0', '10', '10'],
    ]);

    // Placing the draft orders it: on order rises, the shortfall drops; the hand-made draft still waits.
    await placePurchaseOrder(lead, made[0].number);
    expect([await row(x), await row(y)]).toEqual([
      ['40', '30', '0', '10', '0', '0'],
      ['10', '0', '0', '8', '2', '2'],
    ]);
    expect((await createDraftPosForShortfalls(lead)).orders.filter((o) => o.supplier === supplier)).toEqual([]);
  });
});
