import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoActor } from '../../scripts/test/actors';
import { freshProduct, logisticsUser, unitsInProduction } from '../../scripts/test/serials';
import { freshItem } from '../../scripts/test/stock';
import { db } from '../db/client';
import { pool } from '../db/pool';
import type { Actor } from '../roles/actor';
import { createPartner } from './create-partner';
import { createSalesOrder, salesOrderNumber } from './create-sales-order';
import { getSalesOrder } from './get-sales-order';
import { listActiveOrdersForScanning } from './list-active-orders-for-scanning';
import { listPartners } from './list-partners';
import { listSalesOrders } from './list-sales-orders';
import { setSalesOrderStatus } from './set-sales-order-status';

let admin: Actor, deptLead: Actor, teamLead: Actor, member: Actor, logisticsLead: Actor, logisticsMember: Actor;
let customer: string;
let pcs: string;
let metres: string;
let n = 0;
const code = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++n}`.toUpperCase();

beforeAll(async () => {
  [admin, deptLead, teamLead, member] = await Promise.all([demoActor.admin(), demoActor.deptLead(), demoActor.teamLead(), demoActor.member()]);
  logisticsLead = await logisticsUser('DEPARTMENT_LEAD');
  logisticsMember = await logisticsUser('MEMBER');
  customer = (await createPartner(deptLead, { code: code('cust'), name: 'Acme Test Customer' })).code;
  pcs = await freshItem('SO');
  metres = await freshItem('SOM', { unit: 'm' });
});

const order = (actor: Actor, input: Record<string, unknown> = {}) =>
  createSalesOrder(actor, { partner: customer, expectedAt: '2099-05-01', lines: [{ sku: pcs, quantity: 5 }], ...input });

const refusal = async (run: Promise<unknown>) => {
  const e = (await run.then(
    () => null,
    (err: unknown) => err,
  )) as { code: string; fieldErrors: Record<string, string>; message: string } | null;
  if (!e) throw new Error('expected a refusal');
  return e;
};
const seqNumber = (number: string) => Number(number.slice(3));

describe('partners', () => {
  it('creates a customer with an upper-case code and refuses the code in any case again, as a field error', async () => {
    const c = code('new');
    expect(await createPartner(admin, { code: ` ${c.toLowerCase()} `, name: ' New Customer ' })).toEqual({ code: c, name: 'New Customer', kind: 'customer', active: true });
    const again = await refusal(createPartner(deptLead, { code: c.toLowerCase(), name: 'Twin' }));
    expect(again).toMatchObject({ code: 'CONFLICT', fieldErrors: { code: `The code ${c} is already taken.` } });
    expect(await createPartner(admin, { code: code('sup'), name: 'A supplier', kind: 'supplier' })).toMatchObject({ kind: 'supplier' });
  });

  it('refuses bad codes and names per field, and people without sales.manage', async () => {
    expect((await refusal(createPartner(admin, { code: 'ACME 01', name: 'x' }))).fieldErrors).toEqual({ code: 'Use letters, digits, dashes and underscores, like ACME-01.' });
    expect((await refusal(createPartner(admin, { code: 'X'.repeat(33), name: 'x' }))).fieldErrors).toEqual({ code: 'At most 32 characters.' });
    expect(Object.keys((await refusal(createPartner(admin, { code: '', name: '' }))).fieldErrors).sort()).toEqual(['code', 'name']);
    expect((await refusal(createPartner(admin, { code: code('k'), name: 'x', kind: 'vendor' }))).fieldErrors).toHaveProperty('kind');
    for (const actor of [teamLead, member]) expect(await refusal(createPartner(actor, { code: code('no'), name: 'x' }))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists partners by code, paged and searchable, with open orders counted within scope', async () => {
    const c = code('list');
    await createPartner(admin, { code: c, name: 'Zebra Listing Ltd' });
    await order(deptLead, { partner: c });
    await order(admin, { partner: c, departmentId: logisticsLead.departmentId });
    const found = await listPartners(member, { search: 'zebra listing' });
    expect(found.data).toEqual([{ code: c, name: 'Zebra Listing Ltd', kind: 'customer', active: true, openOrders: 1 }]);
    expect((await listPartners(admin, { search: c })).data[0].openOrders).toBe(2);
    const first = await listPartners(member, {}, { limit: 1 });
    const second = await listPartners(member, {}, { limit: 1, cursor: first.nextCursor });
    expect(second.data[0].code > first.data[0].code).toBe(true);
    expect((await listPartners(member, { kind: 'supplier' })).data.every((p) => p.kind === 'supplier')).toBe(true);
  });
});

describe('createSalesOrder', () => {
  it('numbers orders SO-000123 from their own counter, consecutively', async () => {
    const a = await order(deptLead);
    const b = await order(deptLead);
    expect(a).toEqual({ number: expect.stringMatching(/^SO-\d{6}$/), replayed: false });
    expect(seqNumber(b.number)).toBe(seqNumber(a.number) + 1);
    expect(salesOrderNumber(123)).toBe('SO-000123');
  });

  it('stores the lines in order with exact quantities, in the creator’s department', async () => {
    const { number } = await order(deptLead, { lines: [{ sku: pcs, quantity: '12' }, { sku: metres.toLowerCase(), quantity: '2.5' }], note: 'Ship by truck', expectedAt: null });
    const detail = await getSalesOrder(deptLead, number);
    expect(detail).toMatchObject({
      number,
      partner: { code: customer, name: 'Acme Test Customer' },
      status: 'open',
      expectedAt: null,
      note: 'Ship by truck',
      department: 'Electronics Production',
      openLines: 2,
      lines: [
        { position: 1, sku: pcs, unit: 'pcs', quantity: '12', delivered: '0', open: '12', serials: [] },
        { position: 2, sku: metres, unit: 'm', quantity: '2.50', delivered: '0.00', open: '2.50', serials: [] },
      ],
    });
  });

  it('refuses each bad field by name, all at once, and takes no number', async () => {
    const before = await order(deptLead);
    const supplier = (await createPartner(admin, { code: code('sup'), name: 'Supplier', kind: 'supplier' })).code;
    const inactive = await freshItem('OFF');
    await db().item.update({ where: { sku: inactive }, data: { active: false } });
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ partner: 'NOBODY' }, { partner: 'There is no customer NOBODY.' }],
      [{ partner: supplier }, { partner: `${supplier} is a supplier, not a customer.` }],
      [{ partner: '' }, { partner: 'Choose a customer.' }],
      [{ lines: [] }, { lines: 'Add at least one line.' }],
      [{ lines: undefined }, { lines: 'Add at least one line.' }],
      [{ lines: [{ sku: pcs, quantity: 1 }, { sku: pcs, quantity: 2 }] }, { 'lines.1.sku': `${pcs} is already on line 1; change that line’s quantity instead.` }],
      [{ lines: [{ sku: metres, quantity: 1 }, { sku: pcs, quantity: '1.5' }] }, { 'lines.1.quantity': 'Enter a whole number.' }],
      [{ lines: [{ sku: pcs, quantity: 1 }, { sku: metres, quantity: '1.555' }] }, { 'lines.1.quantity': 'Use at most 2 decimal places.' }],
      [{ lines: [{ sku: pcs, quantity: 1 }, { sku: metres, quantity: '0' }] }, { 'lines.1.quantity': 'Enter a quantity above zero.' }],
      [{ lines: [{ sku: pcs, quantity: 1 }, { sku: metres, quantity: -2 }] }, { 'lines.1.quantity': 'Enter a quantity above zero.' }],
      [{ lines: [{ sku: pcs, quantity: 1 }, { sku: metres, quantity: 'lots' }] }, { 'lines.1.quantity': 'Enter a number.' }],
      [{ lines: [{ sku: pcs, quantity: 1 }, { sku: metres }] }, { 'lines.1.quantity': 'Enter a quantity.' }],
      [{ lines: [{ sku: 'NO-SUCH-SKU', quantity: 1 }] }, { 'lines.0.sku': 'There is no item NO-SUCH-SKU.' }],
      [{ lines: [{ sku: inactive, quantity: 1 }] }, { 'lines.0.sku': `${inactive} is inactive.` }],
      [{ lines: [{ sku: '', quantity: 1 }] }, { 'lines.0.sku': 'Enter a SKU, or remove the line.' }],
      [{ lines: [{ sku: pcs.toLowerCase(), quantity: 1 }, { sku: pcs, quantity: 2 }] }, { 'lines.1.sku': expect.stringContaining('already on line 1') }],
      [{ expectedAt: '31/12/2099' }, { expectedAt: 'Enter a date such as 2026-04-30.' }],
      [{ expectedAt: '2099-02-30' }, { expectedAt: 'Enter a date that exists.' }],
      [{ departmentId: logisticsLead.departmentId }, { departmentId: 'You can open sales orders for your own department only.' }],
      [{ partner: 'NOBODY', lines: [{ sku: 'NO-SUCH-SKU', quantity: 0 }] }, { partner: 'There is no customer NOBODY.', 'lines.0.sku': 'There is no item NO-SUCH-SKU.', 'lines.0.quantity': 'Enter a quantity above zero.' }],
    ];
    for (const [input, fieldErrors] of cases) {
      const e = await refusal(order(deptLead, input));
      expect({ input, code: e.code, fieldErrors: e.fieldErrors }).toEqual({ input, code: 'INVALID_INPUT', fieldErrors });
    }
    expect((await refusal(order(admin, { departmentId: 999_999 }))).fieldErrors).toEqual({ departmentId: 'There is no such active department.' });
    const after = await order(deptLead);
    expect(seqNumber(after.number)).toBe(seqNumber(before.number) + 1);
  });

  it('is for Admins and Department Leads; an Admin may place it in another department', async () => {
    for (const actor of [teamLead, member, logisticsMember]) expect(await refusal(order(actor))).toMatchObject({ code: 'FORBIDDEN' });
    const { number } = await order(admin, { departmentId: String(logisticsLead.departmentId) });
    expect((await getSalesOrder(logisticsLead, number)).department).toBe('Logistics');
  });

  it('answers a repeated Idempotency-Key with the first order, and refuses the key with another request', async () => {
    const key = `so-${randomUUID()}`;
    const first = await order(deptLead, { idempotencyKey: key });
    expect(await order(deptLead, { idempotencyKey: key })).toEqual({ number: first.number, replayed: true });
    expect(await refusal(order(deptLead, { idempotencyKey: key, lines: [{ sku: pcs, quantity: 6 }] }))).toMatchObject({ code: 'CONFLICT' });
    // Another person's key is their own.
    expect((await order(admin, { idempotencyKey: key })).replayed).toBe(false);
    const together = `so-${randomUUID()}`;
    const answers = await Promise.all([1, 2, 3].map(() => order(deptLead, { idempotencyKey: together })));
    expect(new Set(answers.map((a) => a.number)).size).toBe(1);
    expect(await db().salesOrder.count({ where: { idempotencyKey: together } })).toBe(1);
  });
});

describe('scope', () => {
  it('shows a department’s orders to its people only; out of scope is NOT_FOUND', async () => {
    const production = (await order(deptLead, { partner: customer })).number;
    const logistics = (await order(admin, { departmentId: logisticsLead.departmentId })).number;
    for (const actor of [logisticsLead, logisticsMember]) {
      expect(await refusal(getSalesOrder(actor, production))).toMatchObject({ code: 'NOT_FOUND' });
      const seen = (await listSalesOrders(actor, { partner: customer }, { limit: 500 })).data.map((o) => o.number);
      expect(seen).toContain(logistics);
      expect(seen).not.toContain(production);
    }
    expect(await refusal(setSalesOrderStatus(logisticsLead, { number: production, status: 'completed' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusal(getSalesOrder(member, logistics))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await getSalesOrder(member, production.toLowerCase())).number).toBe(production);
    const all = (await listSalesOrders(admin, { partner: customer }, { limit: 500 })).data.map((o) => o.number);
    expect(all).toEqual(expect.arrayContaining([production, logistics]));
    expect(await refusal(getSalesOrder(admin, 'SO-999999'))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('listSalesOrders', () => {
  it('pages newest first and filters by status, customer and search', async () => {
    const c = code('page');
    await createPartner(admin, { code: c, name: 'Pager Partner' });
    const made: string[] = [];
    for (let i = 0; i < 3; i++) made.push((await order(deptLead, { partner: c })).number);
    await setSalesOrderStatus(deptLead, { number: made[0], status: 'completed' });
    const first = await listSalesOrders(member, { partner: c }, { limit: 2 });
    expect(first.data.map((o) => o.number)).toEqual([made[2], made[1]]);
    expect(first.data[0]).toMatchObject({ partner: { code: c, name: 'Pager Partner' }, status: 'open', expectedAt: '2099-05-01T00:00:00.000Z', department: 'Electronics Production', lines: 1, openLines: 1 });
    const rest = await listSalesOrders(member, { partner: c }, { limit: 2, cursor: first.nextCursor });
    expect(rest).toEqual({ data: [expect.objectContaining({ number: made[0], status: 'completed' })], nextCursor: null });
    expect((await listSalesOrders(member, { partner: c, status: 'open' })).data.map((o) => o.number)).toEqual([made[2], made[1]]);
    expect((await listSalesOrders(member, { search: 'pager part' })).data.map((o) => o.number)).toEqual([made[2], made[1], made[0]]);
    expect((await listSalesOrders(member, { search: made[1] })).data.map((o) => o.number)).toEqual([made[1]]);
    expect((await listSalesOrders(member, { search: '%' })).data).toEqual([]);
    expect(await refusal(listSalesOrders(member, { status: 'done' }))).toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { status: expect.any(String) } });
    expect(await refusal(listSalesOrders(member, {}, { cursor: 'nonsense' }))).toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('setSalesOrderStatus', () => {
  it('completes and reopens; cancels only while nothing was delivered; a cancelled order stays so', async () => {
    const { number } = await order(deptLead, { lines: [{ sku: pcs, quantity: 5 }, { sku: metres, quantity: 1 }] });
    expect(await setSalesOrderStatus(deptLead, { number, status: 'completed' })).toEqual({ number, status: 'completed' });
    expect(await setSalesOrderStatus(deptLead, { number: number.toLowerCase(), status: 'open' })).toEqual({ number, status: 'open' });
    await db().salesOrderLine.updateMany({ where: { order: { number }, position: 1 }, data: { delivered: 2 } });
    expect(await refusal(setSalesOrderStatus(deptLead, { number, status: 'cancelled' }))).toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { status: expect.stringContaining('1 of its line has deliveries') } });
    const other = (await order(deptLead)).number;
    expect(await setSalesOrderStatus(admin, { number: other, status: 'cancelled' })).toEqual({ number: other, status: 'cancelled' });
    expect(await refusal(setSalesOrderStatus(admin, { number: other, status: 'open' }))).toMatchObject({ fieldErrors: { status: 'A cancelled sales order stays cancelled; create a new one.' } });
    expect(await refusal(setSalesOrderStatus(teamLead, { number, status: 'completed' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(setSalesOrderStatus(deptLead, { number, status: 'shipped' }))).toMatchObject({ fieldErrors: { status: expect.any(String) } });
  });
});

describe('getSalesOrder', () => {
  it('shows delivered and open quantities and the serials delivered against each line, leaving out rolled-back sessions', async () => {
    const product = await freshProduct();
    const [s1, s2, s3] = await unitsInProduction(product, 3);
    const { number } = await order(deptLead, { lines: [{ sku: pcs, quantity: 5 }, { sku: product.sku, quantity: 4 }] });
    const line = await db().salesOrderLine.findFirstOrThrow({ where: { order: { number }, position: 2 } });
    await db().salesOrderLine.update({ where: { id: line.id }, data: { delivered: 2 } });
    const session = async (serials: string[], rolledBack: boolean) => {
      const id = randomUUID();
      await pool().query(
        `INSERT INTO "ScanSession" (id, workflow, "actorId", "targetKind", "targetNumber", "groupId", "rolledBackAt") VALUES ($1, 'SALES', $2, 'sales_order', $3, $4, $5)`,
        [id, deptLead.id, number, randomUUID(), rolledBack ? new Date() : null],
      );
      for (const [i, serial] of serials.entries()) {
        await pool().query(
          `INSERT INTO "ScanLine" ("sessionId", position, code, "itemId", quantity, "serialId", "salesOrderLineId")
           SELECT $1, $2, s.serial, s."itemId", 1, s.id, $3 FROM "SerialUnit" s WHERE s.serial = $4`,
          [id, i + 1, line.id, serial],
        );
      }
    };
    await session([s2, s1], false);
    await session([s3], true);
    const detail = await getSalesOrder(member, number);
    expect(detail.lines).toEqual([
      expect.objectContaining({ sku: pcs, quantity: '5', delivered: '0', open: '5', serials: [] }),
      expect.objectContaining({ sku: product.sku, quantity: '4', delivered: '2', open: '2', serials: [s2, s1] }),
    ]);
    await db().salesOrderLine.update({ where: { id: line.id }, data: { delivered: 5 } });
    expect((await getSalesOrder(member, number)).lines[1]).toMatchObject({ delivered: '5', open: '0' });
  });
});

describe('listActiveOrdersForScanning', () => {
  it('offers open orders with an expected date and something left to deliver, grouped by customer, within scope', async () => {
    const [early, late] = [code('aa'), code('zz')];
    await createPartner(admin, { code: early, name: `AAA first ${early}` });
    await createPartner(admin, { code: late, name: `ZZZ last ${late}` });
    const make = async (partner: string, input: Record<string, unknown> = {}, actor = deptLead) => (await order(actor, { partner, ...input })).number;
    const soon = await make(late, { expectedAt: '2099-01-10' });
    const later = await make(late, { expectedAt: '2099-03-01', note: 'Second truck' });
    const first = await make(early, { expectedAt: '2099-02-01' });
    const undated = await make(late, { expectedAt: null });
    const completed = await make(late);
    await setSalesOrderStatus(deptLead, { number: completed, status: 'completed' });
    const cancelled = await make(late);
    await setSalesOrderStatus(deptLead, { number: cancelled, status: 'cancelled' });
    const delivered = await make(late, { lines: [{ sku: pcs, quantity: 3 }, { sku: metres, quantity: 1 }] });
    await db().salesOrderLine.updateMany({ where: { order: { number: delivered } }, data: { delivered: 3 } });
    const partial = await make(early, { expectedAt: '2099-04-01', lines: [{ sku: pcs, quantity: 3 }, { sku: metres, quantity: 1 }] });
    await db().salesOrderLine.updateMany({ where: { order: { number: partial }, position: 1 }, data: { delivered: 3 } });
    const elsewhere = await make(late, { departmentId: logisticsLead.departmentId }, admin);

    const mine = (await listActiveOrdersForScanning(member)).filter((g) => [early, late].includes(g.partner.code));
    expect(mine).toEqual([
      {
        partner: { code: early, name: `AAA first ${early}` },
        orders: [
          { number: first, expectedAt: '2099-02-01T00:00:00.000Z', openLines: 1, note: null },
          { number: partial, expectedAt: '2099-04-01T00:00:00.000Z', openLines: 1, note: null },
        ],
      },
      {
        partner: { code: late, name: `ZZZ last ${late}` },
        orders: [
          { number: soon, expectedAt: '2099-01-10T00:00:00.000Z', openLines: 1, note: null },
          { number: later, expectedAt: '2099-03-01T00:00:00.000Z', openLines: 1, note: 'Second truck' },
        ],
      },
    ]);
    const numbers = (await listActiveOrdersForScanning(member)).flatMap((g) => g.orders.map((o) => o.number));
    for (const left of [undated, completed, cancelled, delivered, elsewhere]) expect(numbers).not.toContain(left);
    const theirs = (await listActiveOrdersForScanning(logisticsMember)).flatMap((g) => g.orders.map((o) => o.number));
    expect(theirs).toContain(elsewhere);
    expect(theirs).not.toContain(soon);
  });
});
