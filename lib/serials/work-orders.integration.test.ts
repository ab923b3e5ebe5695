import { beforeAll, describe, expect, it } from 'vitest';
import { demoActor } from '../../scripts/test/actors';
import { freshProduct } from '../../scripts/test/serials';
import { hashPassword } from '../auth/password';
import { loadActor } from '../auth/load-actor';
import { db } from '../db/client';
import type { Actor } from '../roles/actor';
import type { Role } from '../roles/roles';
import { createWorkOrder } from './create-work-order';
import { getWorkOrder } from './get-work-order';
import { listWorkOrders } from './list-work-orders';
import { setWorkOrderStatus } from './set-work-order-status';
import type { WorkOrderSummary } from './work-order-view';

let n = 0;
async function userIn(role: Role, department: string, team?: string): Promise<Actor> {
  const dept = await db().department.findUniqueOrThrow({ where: { name: department } });
  const teamId = team ? (await db().team.findFirstOrThrow({ where: { name: team, departmentId: dept.id } })).id : null;
  const user = await db().user.create({ data: { email: `wo-${Date.now()}-${++n}@test.local`, name: `WO ${role} ${n}`, role, departmentId: dept.id, teamId, passwordHash: await hashPassword('x') } });
  return (await loadActor(user.id, user.sessionVersion))!;
}

async function allPages(actor: Actor, input: Record<string, string> = {}, limit = 2): Promise<WorkOrderSummary[]> {
  const out: WorkOrderSummary[] = [];
  let cursor: string | null = null;
  do {
    const page = await listWorkOrders(actor, input, { limit, cursor });
    out.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

// One database per file: these are all the work orders there are.
const wo = {} as Record<'smtTeam' | 'smtNamed' | 'mine' | 'finalAssembly' | 'logistics', string>;
let sku: string;
let otherSku: string;
let admin: Actor, deptLead: Actor, teamLead: Actor, member: Actor, colleague: Actor, logisticsLead: Actor;

beforeAll(async () => {
  [admin, deptLead, teamLead, member] = await Promise.all([demoActor.admin(), demoActor.deptLead(), demoActor.teamLead(), demoActor.member()]);
  colleague = await userIn('MEMBER', 'Electronics Production', 'SMT Line');
  logisticsLead = await userIn('DEPARTMENT_LEAD', 'Logistics');
  sku = (await freshProduct()).sku;
  otherSku = (await freshProduct(['Assembly', 'QA'])).sku;
  const make = async (actor: Actor, input: Record<string, unknown>) => (await createWorkOrder(actor, { product: sku, quantity: 2, ...input })).number;
  wo.smtTeam = await make(deptLead, { team: 'SMT Line' });
  wo.smtNamed = await make(deptLead, { team: 'SMT Line', assigneeIds: [colleague.id] });
  wo.mine = await make(deptLead, { assigneeIds: [member.id], product: otherSku, quantity: 1 });
  wo.finalAssembly = await make(deptLead, { team: 'Final Assembly', dueAt: '2099-06-30' });
  wo.logistics = await make(admin, { team: 'Shipping' });
});

describe('who sees which work orders', () => {
  it.each([
    ['Admin', () => admin, ['logistics', 'finalAssembly', 'mine', 'smtNamed', 'smtTeam']],
    ['Department Lead: their department', () => deptLead, ['finalAssembly', 'mine', 'smtNamed', 'smtTeam']],
    ['Department Lead of another department', () => logisticsLead, ['logistics']],
    ['Team Lead: their team, and their department\'s work assigned to no team', () => teamLead, ['mine', 'smtNamed', 'smtTeam']],
    ['Member: naming them, or their team naming nobody', () => member, ['mine', 'smtTeam']],
    ['Member named on an order of their team', () => colleague, ['smtNamed', 'smtTeam']],
  ] as const)('%s', async (_who, actor, expected) => {
    // The demo data has work orders too: only this file's count here.
    const ours = new Set(Object.values(wo));
    const seen = (await allPages(actor())).filter((w) => ours.has(w.number));
    expect(seen.map((w) => w.number)).toEqual(expected.map((k) => wo[k]));
    for (const key of Object.keys(wo) as (keyof typeof wo)[]) {
      const read = getWorkOrder(actor(), wo[key]);
      if ((expected as readonly string[]).includes(key)) await expect(read).resolves.toMatchObject({ number: wo[key] });
      else await expect(read).rejects.toMatchObject({ code: 'NOT_FOUND', message: `Work order ${wo[key]} was not found.` });
    }
  });
});

describe('listWorkOrders', () => {
  it('shows product, quantity, due date, team, status and serial counts, newest first', async () => {
    const { data, nextCursor } = await listWorkOrders(deptLead);
    expect(nextCursor).toBeNull();
    expect(data.find((w) => w.number === wo.finalAssembly)).toEqual({
      number: wo.finalAssembly,
      product: sku,
      productName: `Test product ${sku}`,
      quantity: 2,
      dueAt: '2099-06-30T00:00:00.000Z',
      department: 'Electronics Production',
      team: 'Final Assembly',
      status: 'open',
      createdAt: expect.any(String),
      counts: { inProduction: 2, inStock: 0, delivered: 0, scrapped: 0 },
    });
    expect(data.find((w) => w.number === wo.mine)).toMatchObject({ product: otherSku, quantity: 1, team: null, dueAt: null });
  });

  it('filters by product and status', async () => {
    expect((await allPages(admin, { product: otherSku.toLowerCase() })).map((w) => w.number)).toEqual([wo.mine]);
    expect(await allPages(admin, { product: 'NO-SUCH' })).toEqual([]);
    expect((await allPages(admin, { status: 'active' })).length).toBeGreaterThanOrEqual(5);
    await expect(listWorkOrders(admin, { status: 'done' })).rejects.toMatchObject({ fieldErrors: { status: expect.stringContaining('open, in_progress') } });
    await expect(listWorkOrders(admin, {}, { cursor: 'garbage' })).rejects.toMatchObject({ fieldErrors: { cursor: expect.any(String) } });
  });
});

describe('getWorkOrder', () => {
  it('shows progress per stage and pages the serial list', async () => {
    const { number, serials } = await createWorkOrder(deptLead, { product: otherSku, quantity: 5, team: 'SMT Line' });
    const moved = await db().serialUnit.findUniqueOrThrow({ where: { serial: serials[4] }, select: { id: true, itemId: true } });
    const qa = await db().productStage.findFirstOrThrow({ where: { itemId: moved.itemId, name: 'QA' } });
    await db().serialUnit.update({ where: { id: moved.id }, data: { stageId: qa.id } });
    await db().serialUnit.update({ where: { serial: serials[3] }, data: { status: 'SCRAPPED' } });
    const first = await getWorkOrder(teamLead, number, { limit: 3 });
    expect(first.stages).toEqual([{ name: 'Assembly', optional: false, inProduction: 3 }, { name: 'QA', optional: false, inProduction: 1 }]);
    expect(first.counts).toEqual({ inProduction: 4, inStock: 0, delivered: 0, scrapped: 1 });
    expect(first.inProductionWithoutStage).toBe(0);
    expect(first.serials.data.map((s) => s.serial)).toEqual(serials.slice(0, 3));
    expect(first.serials.data[0]).toEqual({ serial: serials[0], status: 'in_production', stage: 'Assembly', iterationCount: 0, updatedAt: expect.any(String) });
    const rest = await getWorkOrder(teamLead, number, { limit: 3, cursor: first.serials.nextCursor });
    expect(rest.serials).toEqual({ data: [expect.objectContaining({ serial: serials[3], status: 'scrapped' }), expect.objectContaining({ serial: serials[4], stage: 'QA' })], nextCursor: null });
  });
});

describe('setWorkOrderStatus', () => {
  it('lets a lead start and complete an order, and cancelling scraps the serials still in production', async () => {
    const a = await createWorkOrder(deptLead, { product: sku, quantity: 3, team: 'SMT Line' });
    expect(await setWorkOrderStatus(deptLead, { number: a.number, status: 'in_progress' })).toEqual({ number: a.number, status: 'IN_PROGRESS', scrapped: 0 });
    await expect(setWorkOrderStatus(deptLead, { number: a.number, status: 'completed' })).rejects.toMatchObject({ fieldErrors: { status: '3 serials are still in production; approve or scrap them first.' } });
    expect(await setWorkOrderStatus(deptLead, { number: a.number, status: 'cancelled' })).toMatchObject({ status: 'CANCELLED', scrapped: 3 });
    const cancelled = await getWorkOrder(deptLead, a.number);
    expect(cancelled).toMatchObject({ status: 'cancelled', counts: { inProduction: 0, scrapped: 3 } });
    const events = await db().serialEvent.findMany({ where: { serialUnit: { serial: a.serials[0] } }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.action, e.fromStatus, e.toStatus, e.note])).toEqual([
      ['created', null, 'IN_PRODUCTION', null],
      ['cancelled', 'IN_PRODUCTION', 'SCRAPPED', `Work order ${a.number} cancelled.`],
    ]);
    await expect(setWorkOrderStatus(deptLead, { number: a.number, status: 'open' })).rejects.toMatchObject({ fieldErrors: { status: expect.stringContaining('stays cancelled') } });
    const { id } = await db().workOrder.findUniqueOrThrow({ where: { number: a.number } });
    const audit = await db().auditEvent.findMany({ where: { action: 'workorder.status', entityId: String(id) }, orderBy: { id: 'asc' } });
    expect(audit.map((e) => e.after)).toEqual([{ status: 'IN_PROGRESS', scrapped: 0 }, { status: 'CANCELLED', scrapped: 3 }]);
  });

  it('refuses to cancel once a serial has entered stock', async () => {
    const a = await createWorkOrder(deptLead, { product: sku, quantity: 2, team: 'SMT Line' });
    await db().serialUnit.update({ where: { serial: a.serials[0] }, data: { status: 'DELIVERED' } });
    await expect(setWorkOrderStatus(deptLead, { number: a.number, status: 'cancelled' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { status: '1 of its serial has entered stock, so the work order cannot be cancelled; complete it instead.' },
    });
    expect((await getWorkOrder(deptLead, a.number)).counts).toEqual({ inProduction: 1, inStock: 0, delivered: 1, scrapped: 0 });
  });

  it('is for leads with the work order permission, within what they see', async () => {
    await expect(setWorkOrderStatus(logisticsLead, { number: wo.smtTeam, status: 'in_progress' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    for (const actor of [teamLead, member]) await expect(setWorkOrderStatus(actor, { number: wo.smtTeam, status: 'in_progress' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(setWorkOrderStatus(deptLead, { number: wo.smtTeam, status: 'paused' })).rejects.toMatchObject({ fieldErrors: { status: expect.any(String) } });
  });
});
