import { describe, expect, it } from 'vitest';
import { createTestUser, demoActor } from '../../scripts/test/actors';
import { freshProduct } from '../../scripts/test/serials';
import { freshItem, lotsOf } from '../../scripts/test/stock';
import { loadActor } from '../auth/load-actor';
import { db } from '../db/client';
import { pool } from '../db/pool';
import { receiveStock } from '../inventory/movements/receive-stock';
import { verifyLedger } from '../inventory/verify-ledger';
import { adjustProductStock } from '../serials/adjust-product-stock';
import { createWorkOrder } from '../serials/create-work-order';
import { getSerial } from '../serials/get-serial';
import { getWorkOrder } from '../serials/get-work-order';
import { commitScan } from './commit-scan';
import { previewScan } from './preview-scan';
import { resolveScan } from './resolve-scan';
import { rollbackScan } from './rollback-scan';

let orders = 0;
async function salesOrder(lines: { sku: string; quantity: number }[]): Promise<string> {
  const admin = await demoActor.admin();
  const partner = await db().partner.upsert({ where: { code: 'ACME' }, create: { code: 'ACME', name: 'Acme Sensors' }, update: {} });
  const number = `SO-T${Date.now().toString(36)}${++orders}`;
  const items = await db().item.findMany({ where: { sku: { in: lines.map((l) => l.sku) } } });
  await db().salesOrder.create({
    data: {
      number, partnerId: partner.id, departmentId: admin.departmentId, expectedAt: new Date('2026-12-01'), createdById: admin.id,
      lines: { create: lines.map((l, i) => ({ position: i + 1, itemId: items.find((x) => x.sku === l.sku)!.id, quantity: l.quantity })) },
    },
  });
  return number;
}
const orderLines = async (number: string) =>
  (await db().salesOrderLine.findMany({ where: { order: { number } }, include: { item: true }, orderBy: { position: 'asc' } })).map((l) => ({ sku: l.item.sku, delivered: String(Number(l.delivered)) }));
const fieldErrors = (p: Promise<unknown>) => p.then(() => null, (e) => ({ message: e.message, ...e.fieldErrors }));

describe('resolving a scan', () => {
  it('tells items, storage units, lots and serials apart, with what is available where', async () => {
    const lead = await demoActor.teamLead();
    const admin = await demoActor.admin();
    const sku = await freshItem('SCAN');
    await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 30 });
    await receiveStock(admin, { sku, to: 'MKE-QA', quantity: 5 });
    expect(await resolveScan(lead, { code: sku.toLowerCase(), location: 'MKE-QA' })).toMatchObject({ kind: 'item', sku, available: '35', availableHere: '5', locations: [{ code: 'CHI-A-01-B1', quantity: '30' }, { code: 'MKE-QA', quantity: '5' }] });
    expect(await resolveScan(lead, { code: `25*${sku}` })).toMatchObject({ kind: 'item', quantity: '25' });
    expect(await resolveScan(lead, { code: `${sku}#0002` })).toMatchObject({ kind: 'lot', batch: '#0002', available: '5', locations: [{ code: 'MKE-QA', quantity: '5' }] });
    expect(await resolveScan(lead, { code: 'CHI-A-01-B1' })).toMatchObject({ kind: 'location', location: { code: 'CHI-A-01-B1', name: 'Bin A-01-B1' } });
    const product = await freshProduct(['QA']);
    const { serials } = await adjustProductStock(admin, { direction: 'add', sku: product.sku, quantity: 1, location: 'MKE-QA', note: 'scan test' });
    expect(await resolveScan(lead, { code: serials[0] })).toMatchObject({ kind: 'serial', status: 'in_stock', location: 'MKE-QA', sku: product.sku });
    await expect(resolveScan(lead, { code: 'NO-SUCH-THING' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Unknown code "NO-SUCH-THING".' });
  });
});

describe('receiving from a distributor bag label', () => {
  it('finds the item by its manufacturer or supplier part number and takes quantity and lot from the label', async () => {
    const admin = await demoActor.admin();
    const lead = await demoActor.teamLead();
    const sku = await freshItem('BAG');
    const mpn = `STM32-${sku}`;
    await db().item.update({ where: { sku }, data: { mpn, supplierPartNumbers: [`DK-${sku}`] } });
    const label = (part: string) => `[)>\u001e06\u001dP${part}\u001d1P${part}\u001dQ250\u001d1TLOT-7781\u001d9D2544\u001e\u0004`;
    expect(await resolveScan(lead, { code: label(mpn) })).toMatchObject({ kind: 'item', sku, quantity: '250', supplierLot: 'LOT-7781' });
    expect(await resolveScan(lead, { code: label(`DK-${sku}`) })).toMatchObject({ kind: 'item', sku });
    await commitScan(lead, { workflow: 'general', action: 'receive', location: 'CHI-A-01-B2', lines: [{ code: label(mpn) }] });
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B2': { '#0001': '250' } });
    const batch = await db().batch.findFirstOrThrow({ where: { item: { sku } } });
    expect(batch.supplierLot).toBe('LOT-7781');
    void admin;
  });
});

describe('sales logging', () => {
  it('delivers bulk stock FIFO and serial units against the order in one posting, then rolls it back', async () => {
    const admin = await demoActor.admin();
    const lead = await demoActor.teamLead();
    const sku = await freshItem('SALE');
    await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 4 });
    await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 10 });
    const product = await freshProduct(['QA']);
    const { serials } = await adjustProductStock(admin, { direction: 'add', sku: product.sku, quantity: 3, location: 'MKE-QA', note: 'stock' });
    const order = await salesOrder([{ sku, quantity: 10 }, { sku: product.sku, quantity: 2 }]);
    const session = { workflow: 'sales', target: order, location: 'CHI-A-01-B1', lines: [{ code: `6*${sku}` }, { code: serials[0] }, { code: serials[1] }], idempotencyKey: 'sale-1' };

    const preview = await previewScan(lead, session);
    expect(preview).toMatchObject({ ok: true, target: { number: order }, lines: [{ sku, quantity: '6', from: 'CHI-A-01-B1', lots: [{ batch: '#0001', quantity: '4' }, { batch: '#0002', quantity: '2' }] }, { from: 'MKE-QA' }, { from: 'MKE-QA' }] });
    const done = await commitScan(lead, session);
    expect(done).toMatchObject({ workflow: 'sales', target: order, replayed: false, lines: [{ sku, quantity: '6' }, { serial: serials[0] }, { serial: serials[1] }] });
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0002': '8' } });
    expect(await lotsOf(product.sku)).toEqual({ 'MKE-QA': { '#0003': '1' } });
    expect(await orderLines(order)).toEqual([{ sku, delivered: '6' }, { sku: product.sku, delivered: '2' }]);
    expect((await getSerial(admin, serials[0])).status).toBe('delivered');
    expect(await commitScan(lead, session)).toMatchObject({ sessionId: done.sessionId, replayed: true });

    const rolled = await rollbackScan(admin, { sessionId: done.sessionId, reason: 'wrong order' });
    expect(rolled.rolledBackAt).not.toBeNull();
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0001': '4', '#0002': '10' } });
    expect((await getSerial(admin, serials[0])).status).toBe('in_stock');
    expect(await orderLines(order)).toEqual([{ sku, delivered: '0' }, { sku: product.sku, delivered: '0' }]);
    await expect(rollbackScan(admin, { sessionId: done.sessionId })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await verifyLedger(pool())).differences).toEqual([]);
  });

  it('refuses a session with a bad line, says which line and why, and posts nothing', async () => {
    const admin = await demoActor.admin();
    const lead = await demoActor.teamLead();
    const sku = await freshItem('SALE');
    const other = await freshItem('OTHER');
    await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 5 });
    await receiveStock(admin, { sku: other, to: 'CHI-A-01-B1', quantity: 5 });
    const order = await salesOrder([{ sku, quantity: 3 }]);
    const base = { workflow: 'sales', target: order, location: 'CHI-A-01-B1' };
    expect(await fieldErrors(commitScan(lead, { ...base, lines: [{ code: sku, quantity: '2' }, { code: other }, { code: 'NOPE-404' }, { code: sku, quantity: '2' }] }))).toEqual({
      message: '3 lines need attention; nothing was posted.',
      'lines.1': `${other} is not part of this order.`,
      'lines.2': 'Unknown code "NOPE-404".',
      'lines.3': `Only 1 pcs of ${sku} are still open on this order.`,
    });
    expect(await fieldErrors(commitScan(lead, { ...base, lines: [{ code: sku, quantity: '1.5' }] }))).toMatchObject({ 'lines.0.quantity': expect.stringContaining('whole') });
    expect(await fieldErrors(commitScan(lead, { ...base, location: 'MKE-QA', lines: [{ code: sku }] }))).toEqual({ message: `${sku} is not at MKE-QA.`, 'lines.0': `${sku} is not at MKE-QA.` });
    expect(await fieldErrors(commitScan(lead, { ...base, target: 'SO-NOPE', lines: [{ code: sku }] }))).toMatchObject({ target: 'Unknown sales order "SO-NOPE".' });
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0001': '5' } });
    expect(await db().scanSession.count({ where: { targetNumber: order } })).toBe(0);
  });

  it('posts a double-tapped Accept once', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('DBL');
    await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 50 });
    const order = await salesOrder([{ sku, quantity: 40 }]);
    const session = { workflow: 'sales', target: order, location: 'CHI-A-01-B1', lines: [{ code: sku, quantity: '5' }], idempotencyKey: 'tap-tap' };
    const results = await Promise.all(Array.from({ length: 5 }, () => commitScan(admin, session)));
    expect(new Set(results.map((r) => r.sessionId)).size).toBe(1);
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0001': '45' } });
  });
});

describe('production logging and general updates', () => {
  it('consumes materials against a work order of the scanner’s assignment; other runs are unknown to a Member', async () => {
    const admin = await demoActor.admin();
    const member = await demoActor.member();
    const sku = await freshItem('MAT');
    await receiveStock(admin, { sku, to: 'MKE-LINE-1', quantity: 100 });
    const product = await freshProduct(['Assembly', 'QA']);
    const mine = await createWorkOrder(admin, { product: product.sku, quantity: 1, team: 'SMT Line', dueAt: '2026-12-20' });
    const theirs = await createWorkOrder(admin, { product: product.sku, quantity: 1, team: 'Final Assembly', dueAt: '2026-12-20' });
    const done = await commitScan(member, { workflow: 'production', target: mine.number, location: 'MKE-LINE-1', lines: [{ code: `12*${sku}` }] });
    expect(done.lines).toEqual([{ code: `12*${sku}`, sku, quantity: '12', serial: null }]);
    const entry = await db().ledgerEntry.findFirstOrThrow({ where: { groupId: done.groupId } });
    expect(entry).toMatchObject({ entryType: 'CONSUMPTION', refKind: 'work_order', refNumber: mine.number });
    expect((await db().workOrder.findUniqueOrThrow({ where: { number: mine.number } })).status).toBe('IN_PROGRESS');
    expect(await getWorkOrder(admin, mine.number)).toMatchObject({ materials: [{ sku, quantity: '12', value: '18.00' }], materialCost: '18.00' });
    await rollbackScan(admin, { sessionId: done.sessionId });
    expect(await getWorkOrder(admin, mine.number)).toMatchObject({ materials: [], materialCost: '0.00' });
    expect(await fieldErrors(commitScan(member, { workflow: 'production', target: theirs.number, location: 'MKE-LINE-1', lines: [{ code: sku }] }))).toMatchObject({ target: `Unknown production run "${theirs.number}".` });
    await expect(commitScan(member, { workflow: 'sales', target: 'x', location: 'MKE-LINE-1', lines: [{ code: sku }] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('receives, moves, consumes and counts by scanning', async () => {
    const lead = await demoActor.teamLead();
    const admin = await demoActor.admin();
    const sku = await freshItem('GEN');
    await commitScan(lead, { workflow: 'general', action: 'receive', location: 'CHI-A-01-B2', lines: [{ code: `20*${sku}` }, { code: sku, quantity: '5' }] });
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B2': { '#0001': '20', '#0002': '5' } });
    await commitScan(lead, { workflow: 'general', action: 'move', location: 'CHI-A-01-B2', to: 'MKE-QA', lines: [{ code: `${sku}#0002`, quantity: '3' }, { code: sku, quantity: '4' }] });
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B2': { '#0001': '16', '#0002': '2' }, 'MKE-QA': { '#0001': '4', '#0002': '3' } });
    await commitScan(lead, { workflow: 'general', action: 'consume', location: 'MKE-QA', lines: [{ code: sku, quantity: '5' }] });
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B2': { '#0001': '16', '#0002': '2' }, 'MKE-QA': { '#0002': '2' } });
    await expect(commitScan(lead, { workflow: 'general', action: 'count', location: 'CHI-A-01-B2', lines: [{ code: sku, quantity: '15' }] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await commitScan(admin, { workflow: 'general', action: 'count', location: 'CHI-A-01-B2', lines: [{ code: sku, quantity: '15' }] });
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B2': { '#0001': '13', '#0002': '2' }, 'MKE-QA': { '#0002': '2' } });
    expect(await fieldErrors(commitScan(lead, { workflow: 'general', action: 'move', location: 'CHI-A-01-B2', lines: [{ code: sku }] }))).toMatchObject({ 'lines.0': 'Scan the storage unit to move to.' });
    expect((await verifyLedger(pool())).differences).toEqual([]);
  });

  it('refuses a rollback when the stock has already left, and keeps sessions private', async () => {
    const admin = await demoActor.admin();
    const lead = await demoActor.teamLead();
    const sku = await freshItem('RB');
    const received = await commitScan(lead, { workflow: 'general', action: 'receive', location: 'MKE-QA', lines: [{ code: `10*${sku}` }] });
    await commitScan(lead, { workflow: 'general', action: 'consume', location: 'MKE-QA', lines: [{ code: `8*${sku}` }] });
    await expect(rollbackScan(admin, { sessionId: received.sessionId })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('has already left MKE-QA') });
    const other = (await loadActor((await createTestUser('TEAM_LEAD')).id, 1))!;
    const { getScanSession } = await import('./get-scan-session');
    await expect(getScanSession(other, received.sessionId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
