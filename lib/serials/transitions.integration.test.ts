import { describe, expect, it } from 'vitest';
import { createTestUser, demoActor } from '../../scripts/test/actors';
import { freshProduct, unitsInProduction } from '../../scripts/test/serials';
import { lotsOf } from '../../scripts/test/stock';
import { loadActor } from '../auth/load-actor';
import { db } from '../db/client';
import { receiveStock } from '../inventory/movements/receive-stock';
import { reversePosting } from '../inventory/movements/reverse-posting';
import { transferStock } from '../inventory/movements/transfer-stock';
import { verifyLedger } from '../inventory/verify-ledger';
import { pool } from '../db/pool';
import { advanceSerial } from './advance-serial';
import { approveSerial } from './approve-serial';
import { deliverSerial } from './deliver-serial';
import { getSerial } from './get-serial';
import { markDefect } from './mark-defect';

const walkToQa = async (serial: string) => {
  const lead = await demoActor.teamLead();
  for (let i = 0; i < 3; i++) await advanceSerial(lead, { serial });
};

describe('a serial through its stages into stock and out', () => {
  it('advances stage by stage, enters stock at QA approval, is delivered, with the ledger and history to match', async () => {
    const product = await freshProduct();
    const [serial] = await unitsInProduction(product, 1);
    const lead = await demoActor.teamLead();
    expect((await advanceSerial(lead, { serial })).stage).toBe('Testing');
    await expect(advanceSerial(lead, { serial, toStage: 'QA', note: 'coating not needed' })).rejects.toMatchObject({ fieldErrors: { toStage: 'Cannot skip Coating: only optional stages may be skipped.' } });
    await advanceSerial(lead, { serial });
    await advanceSerial(lead, { serial });
    const approved = await approveSerial(lead, { serial, location: 'MKE-QA' });
    expect(approved).toMatchObject({ status: 'in_stock', stage: 'QA', location: 'MKE-QA', batch: '#0001', iterationCount: 0 });
    expect(await lotsOf(product.sku)).toEqual({ 'MKE-QA': { '#0001': '1' } });
    const delivered = await deliverSerial(lead, { serial, reference: 'SO-4411' });
    expect(delivered).toMatchObject({ status: 'delivered', location: null });
    expect(await lotsOf(product.sku)).toEqual({});
    expect(delivered.history.map((h) => h.action)).toEqual(['advanced', 'advanced', 'advanced', 'approved', 'delivered']);
    expect(delivered.history[4]).toMatchObject({ fromStatus: 'in_stock', toStatus: 'delivered', reference: 'SO-4411', user: lead.name });
    const shipment = await db().ledgerEntry.findFirstOrThrow({ where: { item: { sku: product.sku }, entryType: 'SHIPMENT' }, include: { group: true } });
    expect(shipment.group).toMatchObject({ kind: 'delivery', refKind: 'sales_order', refNumber: 'SO-4411' });
  });

  it('refuses illegal transitions with the reason and changes nothing', async () => {
    const product = await freshProduct(['Assembly', { name: 'Coating', optional: true }, 'QA']);
    const [a, b] = await unitsInProduction(product, 2);
    const lead = await demoActor.teamLead();
    const admin = await demoActor.admin();
    await expect(deliverSerial(lead, { serial: a, reference: 'SO-1' })).rejects.toMatchObject({ code: 'CONFLICT', message: `${a} is In Production: only a unit in stock can be delivered.` });
    await expect(approveSerial(lead, { serial: a, location: 'MKE-QA' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('must pass QA') });
    await advanceSerial(lead, { serial: a, toStage: 'QA' });
    await approveSerial(lead, { serial: a, location: 'MKE-QA' });
    await expect(approveSerial(lead, { serial: a, location: 'MKE-QA' })).rejects.toMatchObject({ code: 'CONFLICT', message: `${a} is In Stock: only a unit in production can be approved into stock.` });
    await expect(markDefect(admin, { serial: b, action: 'rework', toStage: 'QA', notes: 'x' })).rejects.toMatchObject({ fieldErrors: { toStage: 'Rework goes back: choose a stage before Assembly.' } });
    await markDefect(admin, { serial: b, action: 'scrap', notes: 'cracked housing' });
    await expect(markDefect(admin, { serial: b, action: 'scrap', notes: 'again' })).rejects.toMatchObject({ message: `${b} is Defect/Scrapped: it was scrapped already.` });
    await expect(markDefect(admin, { serial: b, action: 'scrap', notes: '  ' })).rejects.toMatchObject({ fieldErrors: { notes: 'Write what is wrong with the unit.' } });
    await expect(advanceSerial(lead, { serial: 'NO-SUCH-1' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getSerial(admin, b)).history.map((h) => h.action)).toEqual(['scrapped']);
    expect(await lotsOf(product.sku)).toEqual({ 'MKE-QA': { '#0001': '1' } });
  });

  it('reworks a unit from stock back to an earlier stage (out of stock, iteration + 1) and scraps from stock', async () => {
    const product = await freshProduct();
    const [a, b] = await unitsInProduction(product, 2);
    const lead = await demoActor.teamLead();
    const admin = await demoActor.admin();
    for (const s of [a, b]) {
      await walkToQa(s);
      await approveSerial(lead, { serial: s, location: 'MKE-QA' });
    }
    const reworked = await markDefect(admin, { serial: a, action: 'rework', toStage: 'Testing', notes: 'intermittent boot' });
    expect(reworked).toMatchObject({ status: 'in_production', stage: 'Testing', iterationCount: 1, location: null });
    await markDefect(admin, { serial: b, action: 'scrap', notes: 'dropped' });
    expect(await lotsOf(product.sku)).toEqual({});
    await advanceSerial(lead, { serial: a });
    await advanceSerial(lead, { serial: a });
    expect(await approveSerial(lead, { serial: a, location: 'MKE-LINE-1' })).toMatchObject({ status: 'in_stock', location: 'MKE-LINE-1', batch: '#0003', iterationCount: 1 });
    expect((await verifyLedger(pool())).differences).toEqual([]);
  });

  it('lets exactly one of two concurrent approvals (and deliveries) win', async () => {
    const product = await freshProduct(['QA']);
    const [serial] = await unitsInProduction(product, 1);
    const lead = await demoActor.teamLead();
    const approvals = await Promise.allSettled([approveSerial(lead, { serial, location: 'MKE-QA' }), approveSerial(await demoActor.admin(), { serial, location: 'MKE-LINE-1' })]);
    expect(approvals.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const deliveries = await Promise.allSettled([deliverSerial(lead, { serial, reference: 'SO-1' }), deliverSerial(await demoActor.admin(), { serial, reference: 'SO-2' })]);
    expect(deliveries.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db().ledgerEntry.count({ where: { itemId: product.id } })).toBe(2);
  });

  it('answers a repeated idempotency key with the first result and refuses it for another request', async () => {
    const product = await freshProduct(['Assembly', 'QA']);
    const [serial] = await unitsInProduction(product, 1);
    const lead = await demoActor.teamLead();
    const first = await advanceSerial(lead, { serial, idempotencyKey: 'adv-1' });
    const again = await advanceSerial(lead, { serial, idempotencyKey: 'adv-1' });
    expect(again).toMatchObject({ stage: 'QA', replayed: true });
    expect(first.replayed).toBe(false);
    await expect(approveSerial(lead, { serial, location: 'MKE-QA', idempotencyKey: 'adv-1' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const both = await Promise.all([1, 2, 3].map(() => approveSerial(lead, { serial, location: 'MKE-QA', idempotencyKey: 'qa-1' })));
    expect(both.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await db().ledgerEntry.count({ where: { itemId: product.id } })).toBe(1);
  });

  it('keeps bulk movements from creating or removing serial units, lets transfers move them, and refuses reversing serial postings', async () => {
    const product = await freshProduct(['QA']);
    const [serial] = await unitsInProduction(product, 1);
    const admin = await demoActor.admin();
    await expect(receiveStock(admin, { sku: product.sku, to: 'MKE-QA', quantity: 1 })).rejects.toMatchObject({ fieldErrors: { sku: expect.stringContaining('serial-numbered') } });
    const approved = await approveSerial(admin, { serial, location: 'MKE-QA' });
    await transferStock(admin, { sku: product.sku, from: 'MKE-QA', to: 'MKE-RET', quantity: 1 });
    expect((await getSerial(admin, serial)).location).toBe('MKE-RET');
    const group = await db().ledgerEntry.findFirstOrThrow({ where: { itemId: product.id, entryType: 'PRODUCTION_OUTPUT' } });
    await expect(reversePosting(admin, { groupId: group.groupId, reason: 'oops' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(approved.location).toBe('MKE-QA');
    await deliverSerial(admin, { serial, reference: 'SO-9' });
    expect(await lotsOf(product.sku)).toEqual({});
  });

  it('scopes transitions: a Member advances only units of their assignments, and never approves', async () => {
    const product = await freshProduct(['Assembly', 'QA']);
    const [serial] = await unitsInProduction(product, 1);
    const member = await demoActor.member();
    expect((await advanceSerial(member, { serial })).stage).toBe('QA');
    await expect(approveSerial(member, { serial, location: 'MKE-QA' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const other = await createTestUser('MEMBER');
    const outsider = (await loadActor(other.id, 1))!;
    await expect(advanceSerial(outsider, { serial })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getSerial(outsider, serial)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
