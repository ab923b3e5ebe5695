import { beforeEach, describe, expect, it, vi } from 'vitest';
import { receiveStock } from '@/lib/inventory/movements/receive-stock';
import type { Actor } from '@/lib/roles/actor';
import { demoActor } from '@/scripts/test/actors';
import { freshItem } from '@/scripts/test/stock';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_server/session', () => ({ getActor: async () => session.actor }));
const { GET } = await import('./route');

const download = (query: string) => GET(new Request(`http://localhost/inventory/export.csv${query}`));

describe('GET /inventory/export.csv', () => {
  beforeEach(() => {
    session.actor = null;
  });

  it('answers 401 in plain text without a session', async () => {
    const res = await download('');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toBe('Sign in to export inventory.');
  });

  it('refuses a role without inventory.export, and a bad filter, with the domain message', async () => {
    session.actor = await demoActor.teamLead();
    const forbidden = await download('');
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).toBe('You do not have permission to do that.');
    session.actor = await demoActor.admin();
    const bad = await download('?site=NOPE');
    expect(bad.status).toBe(422);
    expect(await bad.text()).toBe('Unknown location "NOPE".');
  });

  it('streams exactly the filtered view as an attachment', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('CSV');
    await receiveStock(admin, { sku, to: 'CHI-A', quantity: 7 });
    session.actor = await demoActor.deptLead();
    const res = await download(`?groupBy=location&sku=${encodeURIComponent(sku)}&cursor=ignored`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="inventory-by-location-\d{8}-\d{4}\.csv"$/);
    expect(await res.text()).toBe(`SKU,Item name,Location,Quantity,Available,Customer-owned,Unit,Value\r\n${sku},Test item ${sku},CHI-A,7,7,0,pcs,10.50\r\n`);
    const byItem = await (await download(`?sku=${encodeURIComponent(sku)}&lowStock=true`)).text();
    expect(byItem.split('\r\n')[1]).toBe(`${sku},Test item ${sku},7,7,0,pcs,10.50`);
  });
});
