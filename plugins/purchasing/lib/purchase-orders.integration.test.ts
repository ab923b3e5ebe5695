import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { actorByEmail, demoActor } from '../../../scripts/test/actors';
import { logisticsUser } from '../../../scripts/test/serials';
import { freshItem, lotsOf } from '../../../scripts/test/stock';
import { db } from '../../../lib/db/client';
import { setPluginEnabled } from '../../../lib/plugins/plugin-states';
import type { Actor } from '../../../lib/roles/actor';
import { createPurchaseOrder } from './create-purchase-order';
import { forecastAll } from './forecast';
import { getPurchaseOrder } from './get-purchase-order';
import { getItemPurchasing, listBelowReorderPoint, setItemPurchasing } from './item-purchasing';
import { listPurchaseOrders } from './list-purchase-orders';
import { receivePurchaseOrder } from './receive-purchase-order';
import { cancelPurchaseOrder, placePurchaseOrder } from './set-purchase-order-status';
import { createSupplier, listSuppliers } from './suppliers';

let admin: Actor, deptLead: Actor, teamLead: Actor, member: Actor, otherLead: Actor;
let supplier: string;
let n = 0;
const code = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++n}`.toUpperCase();
const BIN = 'CHI-A-01-B1';
const seq = (number: string) => Number(number.slice(3));

const refusal = async (run: Promise<unknown>) => {
  const e = (await run.then(
    () => null,
    (err: unknown) => err,
  )) as { code: string; fieldErrors: Record<string, string>; message: string } | null;
  if (!e) throw new Error('expected a refusal');
  return e;
};

beforeAll(async () => {
  [admin, deptLead, teamLead, member] = await Promise.all([demoActor.admin(), demoActor.deptLead(), demoActor.teamLead(), demoActor.member()]);
  otherLead = await logisticsUser('DEPARTMENT_LEAD');
  supplier = (await createSupplier(deptLead, { code: code('sup'), name: 'Mouser Test' })).code;
});

describe('suppliers', () => {
  it('adds suppliers as core partners of kind SUPPLIER and lists them', async () => {
    expect((await listSuppliers(deptLead)).map((s) => s.code)).toContain(supplier);
    expect(await db().partner.findUniqueOrThrow({ where: { code: supplier } })).toMatchObject({ kind: 'SUPPLIER' });
    expect(await refusal(createSupplier(deptLead, { code: supplier.toLowerCase(), name: 'Twin' }))).toMatchObject({ code: 'CONFLICT', fieldErrors: { code: `The code ${supplier} is already taken.` } });
    expect(await refusal(createSupplier(teamLead, { code: code('x'), name: 'x' }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('purchase orders', () => {
  it('numbers orders PO-000123 from the sequence, placed unless a draft', async () => {
    const sku = await freshItem('PO');
    const a = await createPurchaseOrder(deptLead, { supplier, lines: [{ sku, quantity: 5, unitPrice: '0.42', expectedAt: '2099-01-31' }] });
    const b = await createPurchaseOrder(deptLead, { supplier, status: 'draft', lines: [{ sku, quantity: 5, unitPrice: 1 }] });
    expect(a.number).toMatch(/^PO-\d{6}$/);
    expect(seq(b.number)).toBe(seq(a.number) + 1);
    expect(await getPurchaseOrder(deptLead, a.number)).toMatchObject({
      status: 'PLACED',
      supplier: { code: supplier, name: 'Mouser Test' },
      lines: [{ sku, quantity: '5', received: '0', open: '5', unitPrice: '0.42', expectedAt: '2099-01-31' }],
    });
    expect((await getPurchaseOrder(deptLead, b.number)).status).toBe('DRAFT');
    expect(await placePurchaseOrder(deptLead, b.number)).toEqual({ number: b.number, status: 'PLACED' });
    expect(await refusal(placePurchaseOrder(deptLead, b.number))).toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses bad lines per field, all at once, taking no number', async () => {
    const sku = await freshItem('PO');
    const e = await refusal(
      createPurchaseOrder(deptLead, { supplier: 'ACME-SENSORS', lines: [{ sku: 'NOPE-1', quantity: 1, unitPrice: 1 }, { sku, quantity: '1.5', unitPrice: 'x' }] }),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(Object.keys(e.fieldErrors).sort()).toEqual(['lines.1.unitPrice']);
    const f = await refusal(createPurchaseOrder(deptLead, { supplier: 'ACME-SENSORS', lines: [{ sku: 'NOPE-1', quantity: 1, unitPrice: 1 }, { sku, quantity: '1.5', unitPrice: 1 }] }));
    expect(f.fieldErrors).toEqual({ supplier: 'ACME-SENSORS is a customer, not a supplier.', 'lines.0.sku': 'There is no item NOPE-1.', 'lines.1.quantity': 'Enter a whole number.' });
  });

  it('answers a repeated Idempotency-Key with the first order, and refuses the key with another request', async () => {
    const sku = await freshItem('PO');
    const key = randomUUID();
    const input = { supplier, lines: [{ sku, quantity: 3, unitPrice: '1.5' }], idempotencyKey: key };
    const first = await createPurchaseOrder(deptLead, input);
    expect(await createPurchaseOrder(deptLead, input)).toEqual({ number: first.number, replayed: true });
    expect(await refusal(createPurchaseOrder(deptLead, { ...input, lines: [{ sku, quantity: 4, unitPrice: '1.5' }] }))).toMatchObject({ code: 'CONFLICT' });
    expect(await db().purchaseOrder.count({ where: { idempotencyKey: key } })).toBe(1);
  });

  it('receives into a new batch carrying the supplier and the unit price, naming the order in the ledger', async () => {
    const sku = await freshItem('PO');
    const { number } = await createPurchaseOrder(deptLead, { supplier, lines: [{ sku, quantity: 10, unitPrice: '0.42' }] });
    const r = await receivePurchaseOrder(teamLead, { number, lines: [{ sku, quantity: 4, location: BIN }] });
    expect(r).toMatchObject({ number, status: 'PARTIALLY_RECEIVED', kind: 'receipt', entries: [{ entryType: 'RECEIPT', sku, location: BIN, quantity: '4' }] });
    const batch = await db().batch.findFirstOrThrow({ where: { item: { sku } } });
    expect({ supplier: batch.supplier, unitCost: String(batch.unitCost) }).toEqual({ supplier: 'Mouser Test', unitCost: '0.42' });
    expect(await db().postingGroup.findUniqueOrThrow({ where: { id: r.groupId } })).toMatchObject({ refKind: 'purchase_order', refNumber: number });
    expect(await refusal(cancelPurchaseOrder(deptLead, number))).toMatchObject({ code: 'CONFLICT' });
    const rest = await receivePurchaseOrder(teamLead, { number, lines: [{ sku, quantity: 6, location: 'CHI-A-01-B2' }] });
    expect(rest.status).toBe('RECEIVED');
    expect(await lotsOf(sku)).toEqual({ [BIN]: { '#0001': '4' }, 'CHI-A-01-B2': { '#0002': '6' } });
    expect((await getPurchaseOrder(deptLead, number)).lines[0]).toMatchObject({ received: '10', open: '0' });
    expect(await refusal(receivePurchaseOrder(teamLead, { number, lines: [{ sku, quantity: 1, location: BIN }] }))).toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses over-receipt on the line, and posts all lines or none', async () => {
    const [x, y] = [await freshItem('PO'), await freshItem('PO')];
    const { number } = await createPurchaseOrder(deptLead, { supplier, lines: [{ sku: x, quantity: 5, unitPrice: 1 }, { sku: y, quantity: 2, unitPrice: 1 }] });
    const over = await refusal(receivePurchaseOrder(teamLead, { number, lines: [{ sku: x, quantity: 5, location: BIN }, { sku: y, quantity: 3, location: BIN }] }));
    expect(over).toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { 'lines.1.quantity': `Only 2 pcs of ${y} are still expected on ${number}.` } });
    // Two lines of one item add up against it.
    const split = await refusal(receivePurchaseOrder(teamLead, { number, lines: [{ sku: x, quantity: 3, location: BIN }, { sku: x, quantity: 3, location: 'CHI-A-01-B2' }] }));
    expect(Object.keys(split.fieldErrors)).toEqual(['lines.1.quantity']);
    const badPlace = await refusal(receivePurchaseOrder(teamLead, { number, lines: [{ sku: x, quantity: 1, location: BIN }, { sku: y, quantity: 1, location: 'NOWHERE' }] }));
    expect(badPlace.fieldErrors).toEqual({ 'lines.1.location': 'Unknown location "NOWHERE".' });
    expect(await lotsOf(x)).toEqual({});
    expect(await lotsOf(y)).toEqual({});
    expect((await getPurchaseOrder(deptLead, number)).lines.map((l) => l.received)).toEqual(['0', '0']);
    expect((await getPurchaseOrder(deptLead, number)).status).toBe('PLACED');
  });

  it('takes concurrent receipts in turn: two that together exceed the line get one through and one refusal', async () => {
    const sku = await freshItem('PO');
    const { number } = await createPurchaseOrder(deptLead, { supplier, lines: [{ sku, quantity: 10, unitPrice: 1 }] });
    const receipt = () => receivePurchaseOrder(teamLead, { number, lines: [{ sku, quantity: 6, location: BIN }] }).then(() => 'ok', (e: { code: string }) => e.code);
    expect((await Promise.all([receipt(), receipt()])).sort()).toEqual(['INVALID_INPUT', 'ok']);
    expect((await getPurchaseOrder(deptLead, number)).lines[0]).toMatchObject({ received: '6', open: '4' });
    expect(await lotsOf(sku)).toEqual({ [BIN]: { '#0001': '6' } });
  });

  it('replays a receipt with the same Idempotency-Key once', async () => {
    const sku = await freshItem('PO');
    const { number } = await createPurchaseOrder(deptLead, { supplier, lines: [{ sku, quantity: 10, unitPrice: 1 }] });
    const key = randomUUID();
    const input = { number, lines: [{ sku, quantity: 4, location: BIN }], idempotencyKey: key };
    const first = await receivePurchaseOrder(teamLead, input);
    const again = await receivePurchaseOrder(teamLead, input);
    expect(again).toMatchObject({ groupId: first.groupId, replayed: true, status: 'PARTIALLY_RECEIVED' });
    expect((await getPurchaseOrder(deptLead, number)).lines[0].received).toBe('4');
    expect(await refusal(receivePurchaseOrder(teamLead, { ...input, lines: [{ sku, quantity: 5, location: BIN }] }))).toMatchObject({ code: 'CONFLICT' });
  });

  it('keeps orders to their department: another department’s order is not found, Admins see all', async () => {
    const sku = await freshItem('PO');
    const { number } = await createPurchaseOrder(deptLead, { supplier, lines: [{ sku, quantity: 1, unitPrice: 1 }] });
    await expect(getPurchaseOrder(otherLead, number)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(cancelPurchaseOrder(otherLead, number)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listPurchaseOrders(otherLead)).map((o) => o.number)).not.toContain(number);
    expect((await listPurchaseOrders(admin)).map((o) => o.number)).toContain(number);
    expect((await listPurchaseOrders(deptLead, { status: 'placed', supplier })).map((o) => o.number)).toContain(number);
    await expect(getPurchaseOrder(member, number)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(receivePurchaseOrder(member, { number, lines: [{ sku, quantity: 1, location: BIN }] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(createPurchaseOrder(teamLead, { supplier, lines: [{ sku, quantity: 1, unitPrice: 1 }] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await cancelPurchaseOrder(deptLead, number)).toEqual({ number, status: 'CANCELLED' });
  });
});

describe('reorder points', () => {
  it('lists items whose available stock is below their reorder point, with what is on order', async () => {
    const sku = await freshItem('RP');
    await setItemPurchasing(deptLead, { sku, reorderPoint: 10, reorderQuantity: 50, preferredSupplier: supplier });
    const { number } = await createPurchaseOrder(deptLead, { supplier, lines: [{ sku, quantity: 8, unitPrice: 1, expectedAt: '2099-02-02' }] });
    await receivePurchaseOrder(deptLead, { number, lines: [{ sku, quantity: 3, location: BIN }] });
    expect((await listBelowReorderPoint(deptLead)).find((r) => r.sku === sku)).toMatchObject({ available: '3', reorderPoint: '10', reorderQuantity: '50', onOrder: '5', preferredSupplier: supplier });
    expect(await getItemPurchasing(deptLead, sku)).toMatchObject({ reorderPoint: '10', openLines: [{ number, open: '5', expectedAt: '2099-02-02' }] });
    await receivePurchaseOrder(deptLead, { number, lines: [{ sku, quantity: 5, location: BIN }] });
    expect((await listBelowReorderPoint(deptLead)).map((r) => r.sku)).toContain(sku);
    await setItemPurchasing(deptLead, { sku, reorderPoint: 8 });
    expect((await listBelowReorderPoint(deptLead)).map((r) => r.sku)).not.toContain(sku);
    expect(await refusal(setItemPurchasing(deptLead, { sku, reorderPoint: -1, preferredSupplier: 'ACME-SENSORS' }))).toMatchObject({
      fieldErrors: { reorderPoint: 'Enter zero or more.', preferredSupplier: 'ACME-SENSORS is a customer, not a supplier.' },
    });
  });
});

describe('switched off', () => {
  it('answers not found for every operation once the plugin is disabled, and comes back when enabled', async () => {
    await setPluginEnabled(admin, 'purchasing', false);
    try {
      const lead = await actorByEmail('dept.lead@demo.local');
      await expect(forecastAll(lead)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(listPurchaseOrders(lead)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(createPurchaseOrder(lead, { supplier, lines: [{ sku: 'X', quantity: 1, unitPrice: 1 }] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await setPluginEnabled(admin, 'purchasing', true);
    }
    expect(await listPurchaseOrders(await actorByEmail('dept.lead@demo.local'))).toBeInstanceOf(Array);
  });
});
