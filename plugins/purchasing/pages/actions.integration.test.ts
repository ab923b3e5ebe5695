import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/roles/actor';
import { demoActor } from '@/scripts/test/actors';
import { lotsOf, freshItem } from '@/scripts/test/stock';
import { getItemPurchasing } from '../lib/item-purchasing';
import { getPurchaseOrder } from '../lib/get-purchase-order';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_server/session', () => ({ getActor: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error('redirect'), { to });
  },
  notFound: () => {
    throw Object.assign(new Error('not found'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
  },
}));
const { createPurchaseOrderAction, createSupplierAction, receivePurchaseOrderAction, setItemPurchasingAction, setPurchaseOrderStatusAction } = await import('./actions');

const form = (fields: Record<string, string | string[]>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) fd.append(k, one);
  return fd;
};
const redirectOf = (run: Promise<unknown>) => run.then(() => null, (e: { to?: string }) => e.to ?? Promise.reject(e));

describe('purchasing actions', () => {
  beforeEach(async () => {
    session.actor = await demoActor.deptLead();
  });

  it('adds a supplier, orders (blank rows left out, refusals on the row on screen, typed rows kept), receives and places', async () => {
    const supplier = `FORM-SUP-${Date.now().toString(36)}`.toUpperCase();
    expect(await createSupplierAction({}, form({ code: supplier, name: 'Form supplier' }))).toEqual({ ok: true, message: `Supplier ${supplier} added.` });
    const [a, b] = [await freshItem('FA'), await freshItem('FB')];
    const refused = await createPurchaseOrderAction({}, form({ supplier, status: 'placed', sku: [a, '', b], quantity: ['2', '', 'x'], unitPrice: ['1', '', '1'], expectedAt: ['', '', ''] }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { 'lines.2.quantity': 'Enter a number.' }, values: { 'lines.2.quantity': 'x', 'lines.0.sku': a } });
    const to = await redirectOf(createPurchaseOrderAction({}, form({ supplier, status: 'draft', idempotencyKey: 'po-form-1', sku: [a, '', b], quantity: ['2', '', '3'], unitPrice: ['1', '', '0.5'], expectedAt: ['2099-01-02', '', ''] })));
    expect(to).toMatch(/^\/purchasing\/orders\/PO-\d{6}$/);
    const number = decodeURIComponent(to!.slice('/purchasing/orders/'.length));
    expect((await getPurchaseOrder(session.actor!, number)).lines.map((l) => [l.sku, l.quantity, l.unitPrice, l.expectedAt])).toEqual([
      [a, '2', '1', '2099-01-02'],
      [b, '3', '0.5', null],
    ]);
    expect(await receivePurchaseOrderAction({}, form({ number, sku: [a, b], quantity: ['1', ''], location: ['CHI-A-01-B1', ''] }))).toMatchObject({ ok: false, message: `${number} is draft: only a placed order is received.` });
    expect(await setPurchaseOrderStatusAction({}, form({ number, status: 'placed' }))).toEqual({ ok: true, message: `${number} is placed.` });
    const over = await receivePurchaseOrderAction({}, form({ number, sku: [a, b], quantity: ['', '4'], location: ['', 'CHI-A-01-B1'] }));
    expect(over).toMatchObject({ ok: false, fieldErrors: { 'lines.1.quantity': `Only 3 pcs of ${b} are still expected on ${number}.` }, values: { 'lines.1.quantity': '4' } });
    expect(await receivePurchaseOrderAction({}, form({ number, idempotencyKey: 'rcv-form-1', sku: [a, b], quantity: ['', '3'], location: ['', 'CHI-A-01-B1'] }))).toEqual({
      ok: true,
      message: `Received 1 line on ${number}; it is now partially received.`,
    });
    expect(await lotsOf(b)).toEqual({ 'CHI-A-01-B1': { '#0001': '3' } });
  });

  it('saves reorder settings, and is not found for a role without the permission', async () => {
    const sku = await freshItem('FR');
    expect(await setItemPurchasingAction({}, form({ sku, reorderPoint: '5', reorderQuantity: '20', preferredSupplier: '' }))).toEqual({ ok: true, message: 'Saved.' });
    expect(await getItemPurchasing(session.actor!, sku)).toMatchObject({ reorderPoint: '5', reorderQuantity: '20', preferredSupplier: null });
    session.actor = await demoActor.member();
    await expect(setItemPurchasingAction({}, form({ sku, reorderPoint: '1' }))).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    session.actor = await demoActor.teamLead();
    await expect(createPurchaseOrderAction({}, form({ supplier: 'X' }))).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
  });
});
