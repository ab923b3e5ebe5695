import { describe, expect, it } from 'vitest';
import { demoActor } from '../../scripts/test/actors';
import { db } from '../db/client';
import { receiveStock } from '../inventory/movements/receive-stock';
import { createItem } from './create-item';
import { getItemBySku } from './get-item';
import { listItems } from './list-items';
import { updateItem } from './update-item';

const newItem = (sku: string, extra: Record<string, unknown> = {}) => ({
  sku,
  name: `Test ${sku}`,
  kindCode: 'part',
  unitCode: 'pcs',
  standardCost: '0.123456',
  lowStockThreshold: '',
  barcode: '',
  ...extra,
});

const auditOf = (entityId: number, action: string) => db().auditEvent.findFirst({ where: { entity: 'Item', entityId: String(entityId), action }, orderBy: { id: 'desc' } });

describe('items', () => {
  it('lets an Admin create an item with an exact cost, the default threshold and the SKU as barcode, and audits it', async () => {
    const admin = await demoActor.admin();
    const { id, sku } = await createItem(admin, newItem('TST-CREATE-1', { manufacturer: 'Acme', mpn: 'AC-1', perishable: 'on' }));
    expect(sku).toBe('TST-CREATE-1');
    const item = await getItemBySku(admin, 'tst-create-1');
    expect(item).toMatchObject({ id, sku: 'TST-CREATE-1', standardCost: '0.123456', lowStockThreshold: null, lowStockAt: '10', barcode: 'TST-CREATE-1', perishable: true, active: true, unitCode: 'pcs' });
    const audit = await auditOf(id, 'item.create');
    expect(audit?.actorId).toBe(admin.id);
    expect(audit?.after).toMatchObject({ sku: 'TST-CREATE-1', standardCost: '0.123456', barcode: 'TST-CREATE-1', lowStockThreshold: null });
  });

  it('refuses every other role, whatever the input', async () => {
    for (const actor of [await demoActor.deptLead(), await demoActor.teamLead(), await demoActor.member()]) {
      await expect(createItem(actor, newItem('TST-FORBIDDEN'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(updateItem(actor, { ...newItem('LDR-4.1'), name: 'Hijacked' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      // Reading the catalogue is open to every role; only writes are Admin work.
      expect((await listItems(actor)).items.length).toBeGreaterThan(0);
      expect(await getItemBySku(actor, 'LDR-4.1')).toMatchObject({ sku: 'LDR-4.1' });
    }
    expect(await db().item.findUnique({ where: { sku: 'TST-FORBIDDEN' } })).toBeNull();
    expect((await db().item.findUniqueOrThrow({ where: { sku: 'LDR-4.1' } })).name).not.toBe('Hijacked');
  });

  it('names the fields that are wrong and saves nothing', async () => {
    const admin = await demoActor.admin();
    const count = await db().item.count();
    await expect(createItem(admin, { sku: 'bad sku!', name: '', kindCode: '', unitCode: '', standardCost: '1.2345678', lowStockThreshold: 'lots', barcode: 'has space' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { sku: expect.any(String), name: expect.any(String), kindCode: expect.any(String), unitCode: expect.any(String), standardCost: expect.any(String), lowStockThreshold: expect.any(String), barcode: expect.any(String) },
    });
    await expect(createItem(admin, newItem('TST-BAD-1', { kindCode: 'gizmo', unitCode: 'bushel' }))).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { kindCode: expect.any(String), unitCode: expect.any(String) } });
    // Pieces have no decimal places; kilograms have three.
    await expect(createItem(admin, newItem('TST-BAD-2', { lowStockThreshold: '2.5' }))).rejects.toMatchObject({ fieldErrors: { lowStockThreshold: expect.stringContaining('whole number') } });
    await expect(createItem(admin, newItem('TST-BAD-3', { standardCost: 1e-7 }))).rejects.toMatchObject({ fieldErrors: { standardCost: expect.any(String) } });
    expect(await db().item.count()).toBe(count);
    await createItem(admin, newItem('TST-KG-1', { unitCode: 'kg', lowStockThreshold: '2.5' }));
    expect((await getItemBySku(admin, 'TST-KG-1')).lowStockAt).toBe('2.5');
  });

  it('refuses a SKU that exists in another letter case, and a barcode another item scans as', async () => {
    const admin = await demoActor.admin();
    const count = await db().item.count();
    await expect(createItem(admin, newItem('res-10k-0603'))).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { sku: expect.stringContaining('RES-10K-0603') } });
    await expect(createItem(admin, newItem('TST-SCAN-1', { barcode: 'ldr-4.1' }))).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { barcode: expect.stringContaining('LDR-4.1') } });
    expect(await db().item.count()).toBe(count);
  });

  it('lets one of two simultaneous creations of a SKU win; the other gets CONFLICT, not an error page', async () => {
    const admin = await demoActor.admin();
    const results = await Promise.allSettled([createItem(admin, newItem('TST-RACE-1')), createItem(admin, newItem('tst-race-1'))]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT', fieldErrors: { sku: expect.any(String) } } });
  });

  it('updates master data with an audit trail; an emptied barcode falls back to the SKU; absent flags stay', async () => {
    const admin = await demoActor.admin();
    const { id } = await createItem(admin, newItem('TST-UPD-1', { barcode: 'OLD-CODE', perishable: 'true' }));
    await updateItem(admin, newItem('tst-upd-1', { name: 'Renamed', kindCode: 'pcba', standardCost: '12.5', lowStockThreshold: '40', barcode: '' }));
    const item = await getItemBySku(admin, 'TST-UPD-1');
    expect(item).toMatchObject({ name: 'Renamed', kindCode: 'pcba', standardCost: '12.5', lowStockThreshold: '40', lowStockAt: '40', barcode: 'TST-UPD-1', perishable: true, active: true });
    const audit = await auditOf(id, 'item.update');
    expect(audit?.before).toMatchObject({ name: 'Test TST-UPD-1', barcode: 'OLD-CODE', standardCost: '0.123456' });
    expect(audit?.after).toMatchObject({ name: 'Renamed', barcode: 'TST-UPD-1', standardCost: '12.5', lowStockThreshold: '40' });
    await expect(updateItem(admin, newItem('NO-SUCH-SKU'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps the unit once stock was posted, and keeps an item with stock on hand active', async () => {
    const admin = await demoActor.admin();
    await createItem(admin, newItem('TST-STOCK-1'));
    await updateItem(admin, newItem('TST-STOCK-1', { unitCode: 'm' }));
    expect((await getItemBySku(admin, 'TST-STOCK-1')).unitCode).toBe('m');
    await receiveStock(admin, { sku: 'TST-STOCK-1', to: 'CHI-A-01-B1', quantity: '3' });
    await expect(updateItem(admin, newItem('TST-STOCK-1', { unitCode: 'pcs' }))).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { unitCode: expect.any(String) } });
    await expect(updateItem(admin, newItem('TST-STOCK-1', { unitCode: 'm', active: 'false' }))).rejects.toMatchObject({ fieldErrors: { active: expect.stringContaining('1 storage unit') } });
    expect((await getItemBySku(admin, 'TST-STOCK-1')).active).toBe(true);
  });

  it('searches SKU, name and MPN without case, takes _ literally, filters by kind and status', async () => {
    const admin = await demoActor.admin();
    const skus = async (input: Record<string, unknown>) => (await listItems(admin, { limit: 200, ...input })).items.map((i) => i.sku);
    expect(await skus({ q: 'rc0603fr' })).toEqual(['RES-10K-0603', 'RES-4K7-0603']);
    expect(await skus({ q: 'CONFORMAL' })).toEqual(['COAT-ACRYLIC']);
    expect(await skus({ q: 'RES_' })).toEqual([]);
    expect(await skus({ kind: 'pcb' })).toEqual(['PCB-CTRL-R3', 'PCB-SENS-R2']);
    await createItem(admin, newItem('TST-RETIRED', { active: 'false' }));
    expect(await skus({ status: 'inactive' })).toEqual(['TST-RETIRED']);
    expect(await skus({ q: 'TST-RETIRED' })).toEqual([]);
    expect(await skus({ q: 'TST-RETIRED', status: 'all' })).toEqual(['TST-RETIRED']);
    await expect(listItems(admin, { status: 'sold' })).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { status: expect.any(String) } });
  });

  it('pages by SKU: every active item exactly once, in order', async () => {
    const admin = await demoActor.admin();
    const all = (await listItems(admin, { limit: 200 })).items.map((i) => i.sku);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listItems>> = await listItems(admin, { limit: 7, after: after ?? '' });
      seen.push(...page.items.map((i) => i.sku));
      after = page.next;
    } while (after);
    expect(seen).toEqual(all);
    expect(all.length).toBeGreaterThan(7);
  });
});
