import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { receiveStock } from '@/lib/inventory/movements/receive-stock';
import { FORBIDDEN_MESSAGE, type Actor } from '@/lib/roles/actor';
import { createPartner } from '@/lib/sales/create-partner';
import { createSalesOrder } from '@/lib/sales/create-sales-order';
import { getSalesOrder } from '@/lib/sales/get-sales-order';
import { adjustProductStock } from '@/lib/serials/adjust-product-stock';
import { createWorkOrder } from '@/lib/serials/create-work-order';
import { demoActor } from '@/scripts/test/actors';
import { freshProduct } from '@/scripts/test/serials';
import { freshItem, lotsOf } from '@/scripts/test/stock';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_server/session', () => ({ getActor: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const { commitScanAction, previewScanAction, resolveScanAction, rollbackScanAction } = await import('./actions');

const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
};

let partner: string;
beforeAll(async () => {
  partner = (await createPartner(await demoActor.admin(), { code: `SCN-${Date.now().toString(36)}`, name: 'Scanning Customer' })).code;
});
beforeEach(async () => {
  session.actor = await demoActor.teamLead();
});

async function orderFor(lines: { sku: string; quantity: number }[]): Promise<string> {
  return (await createSalesOrder(await demoActor.deptLead(), { partner, expectedAt: '2099-03-01', lines })).number;
}

describe('resolving a scan', () => {
  it('answers what the code is and what is available at the place scanned first', async () => {
    const sku = await freshItem('SCA');
    await receiveStock(await demoActor.admin(), { sku, to: 'MKE-QA', quantity: 12 });
    expect(await resolveScanAction({ code: `25*${sku}`, location: 'MKE-QA' })).toMatchObject({ ok: true, scan: { kind: 'item', sku, quantity: '25', available: '12', availableHere: '12' } });
    expect(await resolveScanAction({ code: 'mke-qa' })).toMatchObject({ ok: true, scan: { kind: 'location', location: { code: 'MKE-QA', name: 'QA shelf' } } });
  });

  it('refuses an unknown code in words, and asks to sign in without a session', async () => {
    expect(await resolveScanAction({ code: 'NOPE-0000' })).toEqual({ ok: false, message: 'Unknown code "NOPE-0000".', fieldErrors: { code: 'Unknown code "NOPE-0000".' } });
    expect(await resolveScanAction({ code: '' })).toMatchObject({ ok: false, message: 'Scan or type a code.' });
    expect(await resolveScanAction('not an object')).toMatchObject({ ok: false });
    session.actor = null;
    expect(await resolveScanAction({ code: 'MKE-QA' })).toEqual({ ok: false, message: 'Your session has ended. Sign in again.' });
  });
});

describe('preview, accept and roll back a sales delivery', () => {
  it('previews per line, posts once for a repeated Accept (keys in any order), and rolls back for an Admin only', async () => {
    const sku = await freshItem('SCS');
    const admin = await demoActor.admin();
    await receiveStock(admin, { sku, to: 'MKE-QA', quantity: 4 });
    await receiveStock(admin, { sku, to: 'MKE-QA', quantity: 10 });
    const product = await freshProduct(['QA']);
    const { serials } = await adjustProductStock(admin, { direction: 'add', sku: product.sku, quantity: 2, location: 'MKE-QA', note: 'scan action test' });
    const order = await orderFor([{ sku, quantity: 10 }, { sku: product.sku, quantity: 1 }]);

    const over = await previewScanAction({ workflow: 'sales', target: order, location: 'MKE-QA', lines: [{ code: sku, quantity: '11' }, { code: serials[0] }, { code: 'NOPE-1' }] });
    expect(over).toMatchObject({
      ok: true,
      preview: {
        ok: false,
        target: { number: order, label: `${order} · Scanning Customer` },
        lines: [{ error: `Only 10 pcs of ${sku} are still open on this order.` }, { error: null, from: 'MKE-QA' }, { error: 'Unknown code "NOPE-1".' }],
      },
    });
    expect(JSON.stringify(over)).not.toContain('"id"');

    const request = { workflow: 'sales', target: order, location: 'MKE-QA', lines: [{ code: `6*${sku}` }, { code: serials[0], quantity: '' }], idempotencyKey: `scan-action-${sku}` };
    const preview = await previewScanAction(request);
    expect(preview).toMatchObject({ ok: true, preview: { ok: true, lines: [{ quantity: '6', lots: [{ batch: '#0001', quantity: '4' }, { batch: '#0002', quantity: '2' }] }, { lots: [{ quantity: '1' }] }] } });

    const first = await commitScanAction(request);
    expect(first).toMatchObject({ ok: true, session: { workflow: 'sales', target: order, replayed: false, lines: [{ sku, quantity: '6' }, { serial: serials[0] }] } });
    // A retry (a double tap, a lost answer), its fields in another order: the first session, posted once.
    const { idempotencyKey, lines, ...rest } = request;
    const again = await commitScanAction({ idempotencyKey, lines: lines.map((l) => ({ quantity: l.quantity, code: l.code })), ...rest });
    expect(again).toMatchObject({ ok: true, session: { replayed: true } });
    expect(again.ok && first.ok && again.session.sessionId).toBe(first.ok && first.session.sessionId);
    expect(await lotsOf(sku)).toEqual({ 'MKE-QA': { '#0002': '8' } });
    expect((await getSalesOrder(admin, order)).lines.map((l) => l.delivered)).toEqual(['6', '1']);

    const sessionId = first.ok ? first.session.sessionId : '';
    expect(await rollbackScanAction({}, form({ sessionId }))).toMatchObject({ ok: false, message: FORBIDDEN_MESSAGE });
    session.actor = admin;
    expect(await rollbackScanAction({}, form({ sessionId, reason: 'wrong order' }))).toEqual({
      ok: true,
      message: `Rolled back: Sales delivery · ${order}. The stock is back where it was and the order’s delivered quantities are restored.`,
    });
    expect(await lotsOf(sku)).toEqual({ 'MKE-QA': { '#0001': '4', '#0002': '10' } });
    expect((await getSalesOrder(admin, order)).lines.map((l) => l.delivered)).toEqual(['0', '0']);
    expect(await rollbackScanAction({}, form({ sessionId }))).toMatchObject({ ok: false, message: 'This scan session has already been rolled back.' });
  });

  it('refuses a line the order does not expect with its field, and posts nothing', async () => {
    const sku = await freshItem('SCR');
    const other = await freshItem('SCO');
    const admin = await demoActor.admin();
    await receiveStock(admin, { sku, to: 'MKE-QA', quantity: 5 });
    await receiveStock(admin, { sku: other, to: 'MKE-QA', quantity: 5 });
    const order = await orderFor([{ sku, quantity: 2 }]);
    expect(await commitScanAction({ workflow: 'sales', target: order, location: 'MKE-QA', lines: [{ code: sku }, { code: other }], idempotencyKey: `refused-${sku}` })).toEqual({
      ok: false,
      message: `${other} is not part of this order.`,
      fieldErrors: { 'lines.1': `${other} is not part of this order.` },
    });
    expect(await lotsOf(sku)).toEqual({ 'MKE-QA': { '#0001': '5' } });
  });

  it('each workflow needs its own grant besides scan.use: a Member may not deliver, an Admin alone counts', async () => {
    const sku = await freshItem('SCG');
    session.actor = await demoActor.member();
    expect(await commitScanAction({ workflow: 'sales', target: 'SO-X', location: 'MKE-QA', lines: [{ code: sku }] })).toMatchObject({ ok: false, message: FORBIDDEN_MESSAGE });
    expect(await previewScanAction({ workflow: 'general', action: 'receive', location: 'MKE-QA', lines: [{ code: sku }] })).toMatchObject({ ok: false, message: FORBIDDEN_MESSAGE });
    session.actor = await demoActor.teamLead();
    expect(await commitScanAction({ workflow: 'general', action: 'receive', location: 'MKE-QA', lines: [{ code: `5*${sku}` }] })).toMatchObject({ ok: true, session: { workflow: 'general', action: 'receive' } });
    expect(await commitScanAction({ workflow: 'general', action: 'count', location: 'MKE-QA', lines: [{ code: sku, quantity: '4' }] })).toMatchObject({ ok: false, message: FORBIDDEN_MESSAGE });
    session.actor = await demoActor.admin();
    expect(await commitScanAction({ workflow: 'general', action: 'count', location: 'MKE-QA', lines: [{ code: sku, quantity: '4' }] })).toMatchObject({ ok: true });
    expect(await lotsOf(sku)).toEqual({ 'MKE-QA': { '#0001': '4' } });
  });
});

describe('production logging', () => {
  it('a Member consumes materials against a run of their team', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('SCP');
    await receiveStock(admin, { sku, to: 'MKE-LINE-1', quantity: 30 });
    const product = await freshProduct(['Assembly', 'QA']);
    const run = await createWorkOrder(admin, { product: product.sku, quantity: 1, team: 'SMT Line', dueAt: '2099-01-10' });
    session.actor = await demoActor.member();
    const request = { workflow: 'production', target: run.number, location: 'MKE-LINE-1', lines: [{ code: sku, quantity: '31' }] };
    expect(await previewScanAction(request)).toMatchObject({ ok: true, preview: { ok: false, lines: [{ error: `Not enough ${sku} at MKE-LINE-1: 30 pcs available.` }] } });
    expect(await commitScanAction({ ...request, lines: [{ code: sku, quantity: '12' }] })).toMatchObject({ ok: true, session: { workflow: 'production', target: run.number, lines: [{ sku, quantity: '12' }] } });
    expect(await lotsOf(sku)).toEqual({ 'MKE-LINE-1': { '#0001': '18' } });
  });
});
