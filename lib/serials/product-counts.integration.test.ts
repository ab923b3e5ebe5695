// Property: whatever sequence of legal and illegal serial actions happens, the
// product card's counts equal the serial table's counts, and its units in
// stock equal the ledger's on-hand for the product.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoActor } from '../../scripts/test/actors';
import { freshProduct, unitsInProduction } from '../../scripts/test/serials';
import { db } from '../db/client';
import { DomainError } from '../errors';
import { transferStock } from '../inventory/movements/transfer-stock';
import { adjustProductStock } from './adjust-product-stock';
import { advanceSerial } from './advance-serial';
import { approveSerial } from './approve-serial';
import { deliverSerial } from './deliver-serial';
import { getProduct } from './get-product';
import { listProductCards } from './list-product-cards';
import { listProductLog } from './list-product-log';
import { listSerials } from './list-serials';
import { markDefect } from './mark-defect';

const unit = fc.integer({ min: 0, max: 3 });
const op = fc.oneof(
  fc.record({ t: fc.constant('advance'), u: unit }),
  fc.record({ t: fc.constant('approve'), u: unit, location: fc.constantFrom('MKE-QA', 'MKE-LINE-1', 'NOWHERE') }),
  fc.record({ t: fc.constant('deliver'), u: unit }),
  fc.record({ t: fc.constant('scrap'), u: unit }),
  fc.record({ t: fc.constant('rework'), u: unit, toStage: fc.constantFrom('Assembly', 'QA', '') }),
  fc.record({ t: fc.constant('add'), quantity: fc.integer({ min: -1, max: 2 }) }),
  fc.record({ t: fc.constant('subtract'), u: unit }),
  fc.record({ t: fc.constant('transfer') }),
);

describe('product counts', () => {
  it('agree with the serial table and the ledger after any sequence of actions', async () => {
    const admin = await demoActor.admin();
    const succeeded = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 20 }), async (ops) => {
        const product = await freshProduct(['Assembly', 'QA']);
        const units = await unitsInProduction(product, 4);
        for (const serial of units.slice(2)) await advanceSerial(admin, { serial }); // two units start at QA, ready for approval
        // Every run reaches stock and leaves it at least once before the random part, so no run is vacuous.
        const opening = [{ t: 'advance', u: 0 }, { t: 'approve', u: 2, location: 'MKE-QA' }, { t: 'add', quantity: 1 }, { t: 'deliver', u: 2 }] as const;
        for (const o of [...opening, ...ops]) {
          const serial = 'u' in o ? units[o.u] : '';
          try {
            if (o.t === 'advance') await advanceSerial(admin, { serial });
            else if (o.t === 'approve') await approveSerial(admin, { serial, location: o.location });
            else if (o.t === 'deliver') await deliverSerial(admin, { serial, reference: 'SO-P' });
            else if (o.t === 'scrap') await markDefect(admin, { serial, action: 'scrap', notes: 'property' });
            else if (o.t === 'rework') await markDefect(admin, { serial, action: 'rework', toStage: o.toStage, notes: 'property' });
            else if (o.t === 'add') units.push(...(await adjustProductStock(admin, { direction: 'add', sku: product.sku, quantity: o.quantity, location: 'MKE-QA', note: 'property' })).serials);
            else if (o.t === 'subtract') await adjustProductStock(admin, { direction: 'subtract', sku: product.sku, serials: serial, note: 'property' });
            else await transferStock(admin, { sku: product.sku, from: 'MKE-QA', to: 'MKE-LINE-1', quantity: 1 });
            succeeded.set(o.t, (succeeded.get(o.t) ?? 0) + 1);
          } catch (e) {
            if (!(e instanceof DomainError)) throw e;
          }
        }
        const [card] = (await listProductCards(admin, { view: 'all', search: product.sku })).filter((c) => c.sku === product.sku);
        const table = (await listSerials(admin, { product: product.sku, limit: 500 })).data;
        const count = (status: string) => table.filter((s) => s.status === status).length;
        expect(card).toMatchObject({ inStock: count('in_stock'), inProduction: count('in_production'), defects: count('scrapped'), delivered: count('delivered'), totalSerials: table.length });
        expect(await getProduct(admin, product.sku)).toMatchObject({ inStock: card.inStock, totalSerials: card.totalSerials });
        const onHand = await db().stockBalance.aggregate({ _sum: { quantity: true }, where: { itemId: product.id } });
        expect(Number(onHand._sum.quantity ?? 0)).toBe(card.inStock);
        const log = (await listProductLog(admin, { product: product.sku, limit: 500 })).data;
        expect(log[0]?.after ?? 0).toBe(card.inStock);
      }),
      { numRuns: 12 },
    );
    // The opening moves did happen (the property is not about refusals only).
    for (const t of ['advance', 'approve', 'add', 'deliver']) expect(succeeded.get(t) ?? 0).toBeGreaterThan(0);
  });
});

describe('product views', () => {
  it('shows cards by view, kind and search, with a low-stock warning below the threshold', async () => {
    const admin = await demoActor.admin();
    const product = await freshProduct(['QA']);
    const units = await unitsInProduction(product, 3);
    expect((await listProductCards(admin, { search: product.sku })).map((c) => c.sku)).toEqual([]);
    expect((await listProductCards(admin, { view: 'all', search: product.sku.toLowerCase() }))[0]).toMatchObject({ inProduction: 3, lowStock: true, lowStockAt: '10' });
    await approveSerial(admin, { serial: units[0], location: 'MKE-QA' });
    const [card] = await listProductCards(admin, { search: product.sku, kind: 'product' });
    expect(card).toMatchObject({ sku: product.sku, inStock: 1, inProduction: 2, totalSerials: 3, lowStock: true });
    expect(await listProductCards(admin, { search: product.sku, kind: 'pcb' })).toEqual([]);
    await db().item.update({ where: { id: product.id }, data: { lowStockThreshold: 1 } });
    expect((await listProductCards(admin, { search: product.sku }))[0].lowStock).toBe(false);
    await expect(listProductCards(admin, { view: 'everything' })).rejects.toMatchObject({ fieldErrors: { view: 'Choose available stock or all historical.' } });
  });

  it('pages the serial table and filters it by status; scoped roles see only their units', async () => {
    const admin = await demoActor.admin();
    const product = await freshProduct(['QA']);
    const units = await unitsInProduction(product, 5);
    await approveSerial(admin, { serial: units[4], location: 'MKE-QA' });
    const first = await listSerials(admin, { product: product.sku, limit: 3 });
    expect(first.data.map((s) => s.serial)).toEqual([units[4], units[3], units[2]]);
    const second = await listSerials(admin, { product: product.sku, limit: 3, cursor: first.nextCursor });
    expect(second).toMatchObject({ data: [{ serial: units[1] }, { serial: units[0] }], nextCursor: null });
    expect((await listSerials(admin, { product: product.sku, status: 'in_stock' })).data.map((s) => s.serial)).toEqual([units[4]]);
    await expect(listSerials(admin, { status: 'lost' })).rejects.toMatchObject({ fieldErrors: { status: expect.stringContaining('in_production') } });
    const logistics = await db().department.findUniqueOrThrow({ where: { name: 'Logistics' } });
    const lead = await demoActor.deptLead();
    expect((await listSerials(lead, { product: product.sku })).data).toHaveLength(5);
    await db().serialUnit.updateMany({ where: { serial: { in: units.slice(0, 2) } }, data: { departmentId: logistics.id, teamId: null } });
    expect((await listSerials(lead, { product: product.sku })).data).toHaveLength(3);
    expect((await listSerials(await demoActor.member(), { product: product.sku })).data).toHaveLength(3);
    expect((await getProduct(lead, product.sku)).totalSerials).toBe(3);
  });
});
