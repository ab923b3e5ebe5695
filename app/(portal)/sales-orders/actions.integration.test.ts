import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/roles/actor';
import { createPartner } from '@/lib/sales/create-partner';
import { getSalesOrder } from '@/lib/sales/get-sales-order';
import { demoActor } from '@/scripts/test/actors';
import { freshItem } from '@/scripts/test/stock';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_server/session', () => ({ getActor: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const { createSalesOrderAction, setSalesOrderStatusAction } = await import('./actions');
const { createPartnerAction } = await import('./partners/actions');

const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
};
const redirectOf = (e: unknown) => String((e as { digest?: string }).digest ?? '').split(';')[2];

let partner: string;
let sku: string;
beforeAll(async () => {
  partner = (await createPartner(await demoActor.admin(), { code: `ACT-${Date.now().toString(36)}`, name: 'Action Customer' })).code;
  sku = await freshItem('SOA');
});
beforeEach(async () => {
  session.actor = await demoActor.deptLead();
});

describe('sales order actions', () => {
  it('opens an order from the rows of the form and goes to its page', async () => {
    const fields = { partner, expectedAt: '2099-07-01', note: '', idempotencyKey: crypto.randomUUID(), 'lines.0.sku': sku, 'lines.0.quantity': '3', 'lines.1.sku': 'CON-USB-C', 'lines.1.quantity': '20' };
    const to = redirectOf(await createSalesOrderAction({}, form(fields)).catch((e: unknown) => e));
    expect(to).toMatch(/^\/sales-orders\/SO-\d{6}\?created=1$/);
    const number = to.slice('/sales-orders/'.length, -'?created=1'.length);
    expect((await getSalesOrder(session.actor!, number)).lines.map((l) => [l.sku, l.quantity])).toEqual([
      [sku, '3'],
      ['CON-USB-C', '20'],
    ]);
    // The same form sent again (a double click, a retry) opens nothing new.
    expect(redirectOf(await createSalesOrderAction({}, form(fields)).catch((e: unknown) => e))).toBe(to);
  });

  it('sends a refused order back with errors on the rows they name and every row as typed', async () => {
    const fields = { partner, expectedAt: '', 'lines.0.sku': sku, 'lines.0.quantity': '3', 'lines.1.sku': 'CON-USB-C', 'lines.1.quantity': '2.5' };
    const state = await createSalesOrderAction({}, form(fields));
    expect(state).toMatchObject({ ok: false, fieldErrors: { 'lines.1.quantity': 'Enter a whole number.' }, values: fields });
  });

  it('completes an order and says so; refuses people without sales.manage', async () => {
    const to = redirectOf(await createSalesOrderAction({}, form({ partner, 'lines.0.sku': sku, 'lines.0.quantity': '1' })).catch((e: unknown) => e));
    const number = to.split('/')[2].split('?')[0];
    expect(await setSalesOrderStatusAction({}, form({ number, status: 'completed' }))).toEqual({ ok: true, message: `${number} is now completed.` });
    session.actor = await demoActor.teamLead();
    expect(await setSalesOrderStatusAction({}, form({ number, status: 'open' }))).toMatchObject({ ok: false, message: 'You do not have permission to do that.' });
  });

  it('adds a customer and offers an order for it; a taken code comes back next to the field', async () => {
    const code = `NEW-${Date.now().toString(36)}`;
    expect(await createPartnerAction({}, form({ code: code.toLowerCase(), name: 'Fresh Customer', kind: 'customer' }))).toEqual({
      ok: true,
      message: `Customer ${code.toUpperCase()} added.`,
      created: { code: code.toUpperCase(), name: 'Fresh Customer', kind: 'customer' },
    });
    expect(await createPartnerAction({}, form({ code, name: 'Again', kind: 'customer' }))).toMatchObject({ ok: false, fieldErrors: { code: expect.stringContaining('already taken') }, values: { code, name: 'Again' } });
  });
});
