import { describe, expect, it } from 'vitest';
import { db } from '../lib/db/client';
import { lotsOf } from '../scripts/test/stock';
import { pool } from '../lib/db/pool';
import { verifyLedger } from '../lib/inventory/verify-ledger';
import { listActiveOrdersForScanning } from '../lib/sales/list-active-orders-for-scanning';
import { demoActor } from '../scripts/test/actors';
import { seedDemoSales } from './demo-sales';
import { seedDemo } from './seed';

describe('demo data', () => {
  it('has the four demo accounts, two sites and about thirty items of several kinds', async () => {
    const users = await db().user.findMany({ select: { email: true, role: true }, orderBy: { id: 'asc' } });
    expect(users).toEqual([
      { email: 'admin@demo.local', role: 'ADMIN' },
      { email: 'dept.lead@demo.local', role: 'DEPARTMENT_LEAD' },
      { email: 'team.lead@demo.local', role: 'TEAM_LEAD' },
      { email: 'member@demo.local', role: 'MEMBER' },
    ]);
    expect(await db().location.count({ where: { parentId: null } })).toBe(2);
    expect(await db().item.count()).toBeGreaterThanOrEqual(25);
    const kinds = await db().item.groupBy({ by: ['kindCode'] });
    expect(kinds.length).toBeGreaterThanOrEqual(5);
  });

  it('is idempotent: a second run adds nothing and keeps changed passwords', async () => {
    await db().user.update({ where: { email: 'member@demo.local' }, data: { passwordHash: 'changed', hasDemoPassword: false } });
    const counts = async () => [await db().user.count(), await db().item.count(), await db().location.count(), await db().team.count()];
    const before = await counts();
    await seedDemo(db());
    expect(await counts()).toEqual(before);
    expect((await db().user.findUniqueOrThrow({ where: { email: 'member@demo.local' } })).passwordHash).toBe('changed');
  });

  it('comes with demo stock posted through the ledger, FIFO included', async () => {
    expect(await lotsOf('IC-STM32F4')).toEqual({ 'CHI-REEL-1-1': { '#0002': '170' }, 'MKE-LINE-1': { '#0001': '120', '#0002': '30' } });
    expect(await lotsOf('CON-USB-C')).toEqual({ 'CHI-A-01': { '#0001': '230' } });
    const report = await verifyLedger(pool());
    expect(report.differences).toEqual([]);
  });

  it('comes with serial-numbered production: work orders for two teams and units in every status', async () => {
    const byStatus = await db().serialUnit.groupBy({ by: ['status'], _count: true });
    expect(Object.fromEntries(byStatus.map((g) => [g.status, g._count]))).toEqual({ IN_PRODUCTION: 13, IN_STOCK: 4, DELIVERED: 1, SCRAPPED: 2 });
    const teams = await db().workOrder.findMany({ select: { team: { select: { name: true } } } });
    expect(teams.map((w) => w.team?.name).sort()).toEqual(['Final Assembly', 'SMT Line']);
    expect(await lotsOf('PRD-GATEWAY-100')).toEqual({ 'MKE-QA': { '#0004': '1', '#0005': '1', '#0006': '1', '#0007': '1' } });
    expect((await db().serialUnit.findFirstOrThrow({ where: { iteration: 1 } })).status).toBe('IN_PRODUCTION');
  });

  it('comes with customers and sales orders: two open ones due in the coming weeks offered for scanning, one without a date, one completed', async () => {
    expect((await db().partner.findMany({ where: { kind: 'CUSTOMER' }, select: { code: true }, orderBy: { code: 'asc' } })).map((p) => p.code)).toEqual(['ACME-SENSORS', 'BLUEFIN', 'NORTHWIND']);
    const orders = await db().salesOrder.findMany({ orderBy: { id: 'asc' }, include: { lines: { include: { item: true } } } });
    expect(orders.map((o) => [o.number, o.status, o.expectedAt === null])).toEqual([
      ['SO-000001', 'OPEN', false],
      ['SO-000002', 'OPEN', false],
      ['SO-000003', 'OPEN', true],
      ['SO-000004', 'COMPLETED', false],
    ]);
    const gateways = orders.filter((o) => o.status === 'OPEN').flatMap((o) => o.lines).filter((l) => l.item.sku === 'PRD-GATEWAY-100');
    expect(gateways.reduce((n, l) => n + Number(l.quantity), 0)).toBeLessThanOrEqual(4);
    const offered = await listActiveOrdersForScanning(await demoActor.member());
    expect(offered.map((g) => [g.partner.code, g.orders.map((o) => o.number)])).toEqual([
      ['ACME-SENSORS', ['SO-000001']],
      ['NORTHWIND', ['SO-000002']],
    ]);
    for (const o of offered.flatMap((g) => g.orders)) expect(new Date(o.expectedAt).getTime()).toBeGreaterThan(Date.now());
    await seedDemoSales(db());
    expect(await db().salesOrder.count()).toBe(4);
  });

  it('stores location ancestry for subtree queries', async () => {
    const bin = await db().location.findUniqueOrThrow({ where: { code: 'chi-a-01-b1' } });
    const site = await db().location.findUniqueOrThrow({ where: { code: 'CHI' } });
    expect(bin.siteId).toBe(site.id);
    expect(bin.path.startsWith(`/${site.id}/`)).toBe(true);
  });
});
