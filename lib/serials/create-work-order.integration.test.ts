import { describe, expect, it } from 'vitest';
import { demoActor } from '../../scripts/test/actors';
import { freshProduct } from '../../scripts/test/serials';
import { db } from '../db/client';
import { pool } from '../db/pool';
import { inTransaction } from '../db/transaction';
import { createWorkOrder, WORK_ORDER_SEQUENCE } from './create-work-order';
import { getWorkOrder } from './get-work-order';
import { setProductStages } from './product-stages';
import { nextSequenceValue } from './sequence';

const year = new Date().getUTCFullYear();
const numberOf = (wo: string) => Number(wo.slice(3));
const team = (name: string) => db().team.findFirstOrThrow({ where: { name } });
const orderCount = () => db().workOrder.count();

describe('createWorkOrder', () => {
  it('numbers orders from the work-order counter and makes the serials at the first stage, each with a created event', async () => {
    const lead = await demoActor.deptLead();
    const product = await freshProduct();
    const smt = await team('SMT Line');
    const member = await demoActor.member();
    const a = await createWorkOrder(lead, { product: product.sku, quantity: 3, team: 'smt line', assigneeIds: [String(member.id)], dueAt: '2099-01-31', note: 'first batch' });
    const b = await createWorkOrder(lead, { product: product.sku.toLowerCase(), quantity: 2, team: smt.id });
    expect(a.number).toMatch(/^WO-\d{6}$/);
    expect(numberOf(b.number)).toBe(numberOf(a.number) + 1);
    expect(a.serials).toEqual([1, 2, 3].map((n) => `${product.sku}-${year}-${String(n).padStart(6, '0')}`));
    expect(b.serials).toEqual([4, 5].map((n) => `${product.sku}-${year}-${String(n).padStart(6, '0')}`));
    expect(a.replayed).toBe(false);

    const order = await db().workOrder.findUniqueOrThrow({ where: { number: a.number }, include: { assignees: true } });
    expect(order).toMatchObject({ quantity: 3, departmentId: smt.departmentId, teamId: smt.id, status: 'OPEN', note: 'first batch', createdById: lead.id, dueAt: new Date('2099-01-31T00:00:00Z') });
    expect(order.assignees.map((x) => x.userId)).toEqual([member.id]);
    const units = await db().serialUnit.findMany({ where: { workOrderId: order.id }, include: { stage: true, events: true }, orderBy: { id: 'asc' } });
    expect(units.map((u) => [u.serial, u.status, u.stage?.name, u.iteration, u.departmentId, u.teamId])).toEqual(a.serials.map((s) => [s, 'IN_PRODUCTION', 'Assembly', 0, smt.departmentId, smt.id]));
    for (const u of units) expect(u.events.map((e) => [e.action, e.actorId, e.fromStatus, e.toStatus, e.toStage, e.iteration])).toEqual([['created', lead.id, null, 'IN_PRODUCTION', 'Assembly', 0]]);

    const detail = await getWorkOrder(lead, a.number.toLowerCase());
    expect(detail).toMatchObject({ number: a.number, product: product.sku, quantity: 3, status: 'open', team: 'SMT Line', dueAt: '2099-01-31T00:00:00.000Z', createdBy: lead.name, assignees: [{ id: member.id, name: member.name }] });
  });

  it('without a team puts the order in the creator’s department; the product’s own pattern counts per rendered text', async () => {
    const admin = await demoActor.admin();
    const product = await freshProduct(['Build', 'QA']);
    await setProductStages(admin, { sku: product.sku, stages: [{ name: 'Build' }, { name: 'QA' }], serialPattern: 'TWN-{YYYY}-{SEQ:4}' });
    const twin = await freshProduct(['Build']);
    await setProductStages(admin, { sku: twin.sku, stages: [{ name: 'Build' }], serialPattern: 'TWN-{YYYY}-{SEQ:5}' });
    const first = await createWorkOrder(admin, { product: product.sku, quantity: 2 });
    const second = await createWorkOrder(admin, { product: twin.sku, quantity: 1 });
    // Both patterns read TWN-<year>- before the sequence, so they share its counter and never collide.
    expect(first.serials).toEqual([`TWN-${year}-0001`, `TWN-${year}-0002`]);
    expect(second.serials).toEqual([`TWN-${year}-00003`]);
    expect(await db().workOrder.findUniqueOrThrow({ where: { number: first.number } })).toMatchObject({ departmentId: admin.departmentId, teamId: null });
  });

  it('makes 10,000 serials in one call', async () => {
    const lead = await demoActor.deptLead();
    const product = await freshProduct();
    const { number, serials } = await createWorkOrder(lead, { product: product.sku, quantity: 10_000 });
    expect(serials).toHaveLength(10_000);
    expect(new Set(serials).size).toBe(10_000);
    expect(serials[9_999]).toBe(`${product.sku}-${year}-010000`);
    const { rows } = await pool().query(
      `SELECT count(*)::int AS units, (SELECT count(*)::int FROM "SerialEvent" e JOIN "SerialUnit" s ON s.id = e."serialId" WHERE s."workOrderId" = w.id) AS events
       FROM "WorkOrder" w JOIN "SerialUnit" u ON u."workOrderId" = w.id WHERE w.number = $1 GROUP BY w.id`,
      [number],
    );
    expect(rows[0]).toEqual({ units: 10_000, events: 10_000 });
    const detail = await getWorkOrder(lead, number);
    expect(detail.stages[0]).toEqual({ name: 'Assembly', optional: false, inProduction: 10_000 });
    expect(detail.serials.data).toHaveLength(200);
  });

  it('answers a repeated Idempotency-Key with the first order and refuses the key for another request', async () => {
    const lead = await demoActor.deptLead();
    const admin = await demoActor.admin();
    const product = await freshProduct();
    const request = { product: product.sku, quantity: 2, team: 'SMT Line', idempotencyKey: 'wo-retry-1' };
    const first = await createWorkOrder(lead, request);
    const before = await orderCount();
    const again = await createWorkOrder(lead, { ...request });
    expect(again).toEqual({ ...first, replayed: true });
    expect(await orderCount()).toBe(before);
    await expect(createWorkOrder(lead, { ...request, quantity: 3 })).rejects.toMatchObject({ code: 'CONFLICT' });
    // Keys belong to their user: another lead's same key is a new order.
    const other = await createWorkOrder(admin, request);
    expect(other.number).not.toBe(first.number);
    // Sent at once, the same request is one order.
    const twice = await Promise.all([createWorkOrder(lead, { ...request, idempotencyKey: 'wo-race' }), createWorkOrder(lead, { ...request, idempotencyKey: 'wo-race' })]);
    expect(twice[0].number).toBe(twice[1].number);
    expect(twice.map((t) => t.replayed).sort()).toEqual([false, true]);
  });

  it('refuses bad requests with a message on the field and makes nothing, not even a number', async () => {
    const lead = await demoActor.deptLead();
    const product = await freshProduct();
    const bare = await freshProduct([]);
    const logistics = await db().department.findUniqueOrThrow({ where: { name: 'Logistics' } });
    const shipping = await db().team.findFirstOrThrow({ where: { name: 'Shipping', departmentId: logistics.id } });
    const archived = await db().team.create({ data: { name: `Old line ${Date.now()}`, departmentId: lead.departmentId, archivedAt: new Date() } });
    const finalAssembly = await team('Final Assembly');
    const member = await demoActor.member(); // SMT Line
    const ok = { product: product.sku, quantity: 1 };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ...ok, product: '' }, 'product', /Choose a product/],
      [{ ...ok, product: 'NO-SUCH' }, 'product', /no product NO-SUCH/],
      [{ ...ok, product: 'LDR-4.1' }, 'product', /not serial-tracked/],
      [{ ...ok, product: bare.sku }, 'product', /has no stages yet/],
      [{ ...ok, quantity: 0 }, 'quantity', /1 to 10,000/],
      [{ ...ok, quantity: 10_001 }, 'quantity', /1 to 10,000/],
      [{ ...ok, quantity: '2.5' }, 'quantity', /whole number/],
      [{ ...ok, team: String(shipping.id) }, 'team', /team of your department/],
      [{ ...ok, team: 'Shipping' }, 'team', /no team named Shipping/],
      [{ ...ok, team: archived.name }, 'team', /is archived/],
      [{ ...ok, team: finalAssembly.id, assigneeIds: [member.id] }, 'assigneeIds', /not in the chosen team/],
      [{ ...ok, assigneeIds: ['999999'] }, 'assigneeIds', /active people/],
      [{ ...ok, dueAt: '2030-02-30' }, 'dueAt', /exists/],
      [{ ...ok, dueAt: 'soon' }, 'dueAt', /such as/],
    ];
    const before = await orderCount();
    for (const [input, field, message] of cases) {
      const refused = await createWorkOrder(lead, input).then(() => null, (e) => e);
      expect(refused, JSON.stringify(input)).toMatchObject({ code: 'INVALID_INPUT' });
      expect(refused.fieldErrors[field], JSON.stringify(input)).toMatch(message);
    }
    expect(await orderCount()).toBe(before);
    // Refusals took no number: the next order follows the last one made.
    const last = await db().workOrder.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(numberOf((await createWorkOrder(lead, ok)).number)).toBe(numberOf(last.number) + 1);
  });

  it('is for Admins and Department Leads', async () => {
    const product = await freshProduct();
    for (const actor of [await demoActor.teamLead(), await demoActor.member()]) {
      await expect(createWorkOrder(actor, { product: product.sku, quantity: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});

describe('sequences', () => {
  it('hand out consecutive values; a rolled-back transaction gives its values back, a committed one never', async () => {
    const name = `test-${Date.now()}`;
    const first = await inTransaction((c) => nextSequenceValue(c, name));
    await expect(
      inTransaction(async (c) => {
        expect(await nextSequenceValue(c, name)).toBe(first + 1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    // Nothing carrying first + 1 was committed, so it is handed out again; first never is.
    expect(await inTransaction((c) => nextSequenceValue(c, name))).toBe(first + 1);
    const both = await Promise.all([inTransaction((c) => nextSequenceValue(c, name)), inTransaction((c) => nextSequenceValue(c, name))]);
    expect(both.sort()).toEqual([first + 2, first + 3]);
    expect(WORK_ORDER_SEQUENCE).toBe('work-order');
  });
});
