import { describe, expect, it } from 'vitest';
import { demoActor } from '../../../scripts/test/actors';
import { freshItem, lotsOf } from '../../../scripts/test/stock';
import { db } from '../../db/client';
import { pool } from '../../db/pool';
import { verifyLedger } from '../verify-ledger';
import { adjustStock } from './adjust-stock';
import { changeStatus } from './change-status';
import { consumeStock, shipStock } from './issue-stock';
import { receiveStock } from './receive-stock';
import { reversePosting } from './reverse-posting';
import { setQuantity } from './set-quantity';
import { transferStock } from './transfer-stock';

const ledgerCount = () => db().ledgerEntry.count();

describe('stock movements', () => {
  it('adjusts up into a new batch and down first-in first-out, with a reason', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem();
    await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 10 });
    await adjustStock(admin, { direction: 'up', sku, location: 'CHI-A-01-B1', quantity: 5, reason: 'found on the shelf' });
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0001': '10', '#0002': '5' } });
    await adjustStock(admin, { direction: 'down', sku, location: 'CHI-A-01-B1', quantity: 12, reason: 'damaged' });
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B1': { '#0002': '3' } });
    await expect(adjustStock(admin, { direction: 'down', sku, location: 'CHI-A-01-B1', quantity: 1, reason: '' })).rejects.toMatchObject({ fieldErrors: { reason: 'Give a reason.' } });
  });

  it('never lets a manual adjustment overdraw, even where the site allows negative stock', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem();
    await db().location.update({ where: { code: 'MKE' }, data: { allowNegative: true } });
    try {
      await receiveStock(admin, { sku, to: 'MKE-LINE-1', quantity: 2 });
      const before = await ledgerCount();
      await expect(adjustStock(admin, { direction: 'down', sku, location: 'MKE-LINE-1', quantity: 3, reason: 'x' })).rejects.toMatchObject({
        code: 'INSUFFICIENT_STOCK',
        message: 'Only 2 pcs available at MKE-LINE-1.',
      });
      expect(await ledgerCount()).toBe(before);
    } finally {
      await db().location.update({ where: { code: 'MKE' }, data: { allowNegative: false } });
    }
  });

  it('sets a counted quantity by booking the difference', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem();
    await receiveStock(admin, { sku, to: 'CHI-A-01-B2', quantity: 8 });
    const down = await setQuantity(admin, { sku, location: 'CHI-A-01-B2', quantity: 6, reason: 'stocktake' });
    expect(down.entries.map((e) => [e.entryType, e.quantity])).toEqual([['ADJUST_DOWN', '-2']]);
    const up = await setQuantity(admin, { sku, location: 'CHI-A-01-B2', quantity: 9, reason: 'stocktake' });
    expect(up.entries.map((e) => [e.entryType, e.batch, e.quantity])).toEqual([['ADJUST_UP', '#0002', '3']]);
  });

  it('consumes and ships first-in first-out against a reference, refusing more than available', async () => {
    const lead = await demoActor.teamLead();
    const sku = await freshItem();
    await receiveStock(lead, { sku, to: 'MKE-LINE-1', quantity: 4 });
    await receiveStock(lead, { sku, to: 'MKE-LINE-1', quantity: 6 });
    const used = await consumeStock(lead, { sku, from: 'MKE-LINE-1', quantity: 5, reference: { kind: 'work_order', number: 'WO-1' } });
    expect(used.entries.map((e) => [e.entryType, e.batch, e.quantity])).toEqual([
      ['CONSUMPTION', '#0001', '-4'],
      ['CONSUMPTION', '#0002', '-1'],
    ]);
    const row = await db().ledgerEntry.findFirst({ where: { groupId: used.groupId } });
    expect([row?.refKind, row?.refNumber]).toEqual(['work_order', 'WO-1']);
    await expect(shipStock(lead, { sku, from: 'MKE-LINE-1', quantity: 6, reference: { kind: 'sales_order', number: 'SO-9' } })).rejects.toMatchObject({
      code: 'INSUFFICIENT_STOCK',
      fieldErrors: { quantity: 'Only 5 pcs available at MKE-LINE-1.' },
    });
    await shipStock(lead, { sku, from: 'MKE-LINE-1', quantity: 5 });
    expect(await lotsOf(sku)).toEqual({});
  });

  it('lets sales and consumption go negative where the site allows it; the next receipt settles the shortfall first', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem();
    await db().location.update({ where: { code: 'MKE' }, data: { allowNegative: true } });
    try {
      await receiveStock(admin, { sku, to: 'MKE-QA', quantity: 3 });
      const r = await consumeStock(admin, { sku, from: 'MKE-QA', quantity: 5 });
      expect(r.entries.map((e) => [e.batch, e.quantity])).toEqual([['#0001', '-3'], ['unreceived', '-2']]);
      expect(await lotsOf(sku)).toEqual({ 'MKE-QA': { unreceived: '-2' } });
      await receiveStock(admin, { sku, to: 'MKE-QA', quantity: 10 });
      expect(await lotsOf(sku)).toEqual({ 'MKE-QA': { '#0002': '8' } });
    } finally {
      await db().location.update({ where: { code: 'MKE' }, data: { allowNegative: false } });
    }
  });

  it('changes status for a quantity and only takes available stock afterwards', async () => {
    const lead = await demoActor.teamLead();
    const sku = await freshItem();
    await receiveStock(lead, { sku, to: 'CHI-COLD', quantity: 10 });
    await changeStatus(lead, { sku, location: 'CHI-COLD', quantity: 4, status: 'on_hold' });
    expect(await lotsOf(sku)).toEqual({ 'CHI-COLD': { '#0001': '6' }, 'CHI-COLD:on_hold': { '#0001': '4' } });
    await expect(transferStock(lead, { sku, from: 'CHI-COLD', to: 'CHI-A', quantity: 7 })).rejects.toMatchObject({ code: 'INSUFFICIENT_STOCK' });
    await changeStatus(lead, { sku, location: 'CHI-COLD', quantity: 4, fromStatus: 'on_hold', status: 'rejected' });
    expect(await lotsOf(sku)).toEqual({ 'CHI-COLD': { '#0001': '6' }, 'CHI-COLD:rejected': { '#0001': '4' } });
  });

  it('keeps customer-owned stock apart: only a posting that names the customer takes it', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem();
    await db().partner.upsert({ where: { code: 'ACME' }, create: { code: 'ACME', name: 'Acme Robotics' }, update: {} });
    await receiveStock(admin, { sku, to: 'CHI-A', quantity: 5, customer: 'ACME' });
    await receiveStock(admin, { sku, to: 'CHI-A', quantity: 2 });
    await expect(consumeStock(admin, { sku, from: 'CHI-A', quantity: 3 })).rejects.toMatchObject({ code: 'INSUFFICIENT_STOCK' });
    const r = await consumeStock(admin, { sku, from: 'CHI-A', quantity: 3, customer: 'ACME' });
    expect(r.entries.map((e) => e.batch)).toEqual(['#0001']);
    await expect(consumeStock(admin, { sku, from: 'CHI-A', quantity: 1, customer: 'NOBODY' })).rejects.toMatchObject({ fieldErrors: { customer: expect.any(String) } });
  });

  it('does not take expired batches for consumption unless an Admin overrides; FEFO for perishables', async () => {
    const admin = await demoActor.admin();
    const lead = await demoActor.teamLead();
    const sku = await freshItem('P', { unit: 'kg', perishable: true });
    await receiveStock(admin, { sku, to: 'CHI-COLD', quantity: '1.5', expiresAt: '2020-01-01' });
    await receiveStock(admin, { sku, to: 'CHI-COLD', quantity: '2', expiresAt: '2099-06-01' });
    await receiveStock(admin, { sku, to: 'CHI-COLD', quantity: '2', expiresAt: '2099-01-01' });
    const r = await consumeStock(lead, { sku, from: 'CHI-COLD', quantity: '2.5' });
    expect(r.entries.map((e) => [e.batch, e.quantity])).toEqual([['#0003', '-2.000'], ['#0002', '-0.500']]);
    await expect(consumeStock(lead, { sku, from: 'CHI-COLD', quantity: '2', allowExpired: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(consumeStock(lead, { sku, from: 'CHI-COLD', quantity: '2' })).rejects.toMatchObject({ code: 'INSUFFICIENT_STOCK', message: expect.stringContaining('past their expiry date') });
    const expired = await consumeStock(admin, { sku, from: 'CHI-COLD', quantity: '1.5', allowExpired: true });
    expect(expired.entries.map((e) => e.batch)).toEqual(['#0001']);
  });

  it('refuses bad input with a message per field and posts nothing', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem();
    await receiveStock(admin, { sku, to: 'CHI', quantity: 5 });
    const before = await ledgerCount();
    const cases: [unknown, Record<string, unknown>][] = [
      [{ sku, from: 'CHI', to: 'MKE', quantity: 0 }, { quantity: 'Enter a quantity above zero.' }],
      [{ sku, from: 'CHI', to: 'MKE', quantity: -3 }, { quantity: 'Enter a quantity above zero.' }],
      [{ sku, from: 'CHI', to: 'MKE', quantity: 'ten' }, { quantity: 'Enter a number.' }],
      [{ sku, from: 'CHI', to: 'MKE', quantity: '1.5' }, { quantity: 'Enter a whole number.' }],
      [{ sku: 'NOPE', from: 'CHI', to: 'MKE', quantity: 1 }, { sku: 'Unknown SKU "NOPE".' }],
      [{ sku, from: 'CHI', to: 'NOWHERE', quantity: 1 }, { to: 'Unknown location "NOWHERE".' }],
      [{ sku, from: 'CHI', to: 'chi', quantity: 1 }, { to: 'Choose a destination other than the source.' }],
      [{ sku, from: 'CHI', to: 'MKE', quantity: 6 }, { quantity: 'Only 5 pcs available at CHI.' }],
      [{ sku, from: 'CHI', quantity: 1 }, { to: expect.any(String) }],
      [{ sku, from: 'CHI', to: 'MKE', quantity: Number.NaN }, { quantity: 'Enter a quantity.' }],
      [{ sku, from: 'CHI', to: 'MKE', quantity: '1e3' }, { quantity: 'Enter a number.' }],
      [{ sku, from: 'CHI', to: 'MKE', quantity: '99999999999999999999' }, { quantity: 'Enter a number.' }],
    ];
    for (const [input, fieldErrors] of cases) {
      await expect(transferStock(admin, input), JSON.stringify(input)).rejects.toMatchObject({ fieldErrors });
    }
    expect(await ledgerCount()).toBe(before);
  });

  it('keeps day-to-day movements from Members and adjustments from leads by default', async () => {
    const member = await demoActor.member();
    const lead = await demoActor.deptLead();
    await expect(receiveStock(member, { sku: 'LDR-4.1', to: 'CHI', quantity: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(adjustStock(lead, { direction: 'up', sku: 'LDR-4.1', location: 'CHI', quantity: 1, reason: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(reversePosting(lead, { groupId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('the ledger still equals the balances after all of the above', async () => {
    const report = await verifyLedger(pool());
    expect(report.differences).toEqual([]);
    expect(report.negative).toBe(0);
  });
});

describe('reversal', () => {
  it('reverses a whole transfer, links both ways, and refuses a second reversal', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem();
    await receiveStock(admin, { sku, to: 'CHI', quantity: 10 });
    const t = await transferStock(admin, { sku, from: 'CHI', to: 'MKE', quantity: 4 });
    const r = await reversePosting(admin, { groupId: t.groupId, reason: 'wrong bin' });
    expect(r.entries.map((e) => [e.entryType, e.location, e.quantity])).toEqual([
      ['REVERSAL', 'CHI', '4'],
      ['REVERSAL', 'MKE', '-4'],
    ]);
    expect(await lotsOf(sku)).toEqual({ CHI: { '#0001': '10' } });
    const original = await db().postingGroup.findUniqueOrThrow({ where: { id: t.groupId } });
    expect(original.reversedByGroupId).toBe(r.groupId);
    await expect(reversePosting(admin, { groupId: t.groupId })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(reversePosting(admin, { groupId: r.groupId })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses to reverse a receipt whose stock has already left, and posts nothing', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem();
    const receipt = await receiveStock(admin, { sku, to: 'CHI', quantity: 10 });
    await consumeStock(admin, { sku, from: 'CHI', quantity: 3 });
    const before = await ledgerCount();
    await expect(reversePosting(admin, { groupId: receipt.groupId })).rejects.toMatchObject({ code: 'INSUFFICIENT_STOCK', message: expect.stringContaining('already left') });
    expect(await ledgerCount()).toBe(before);
  });

  it('answers a retried reversal (same idempotency key) with its first result', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem();
    const receipt = await receiveStock(admin, { sku, to: 'CHI', quantity: 2 });
    const first = await reversePosting(admin, { groupId: receipt.groupId, idempotencyKey: 'rev-1' });
    const retry = await reversePosting(admin, { groupId: receipt.groupId, idempotencyKey: 'rev-1' });
    expect(retry).toEqual({ ...first, replayed: true });
    await expect(reversePosting(admin, { groupId: receipt.groupId, idempotencyKey: 'rev-2' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('answers an unknown movement as not found', async () => {
    const admin = await demoActor.admin();
    await expect(reversePosting(admin, { groupId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(reversePosting(admin, { groupId: 'not-a-uuid' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('idempotency and the append-only ledger', () => {
  it('returns the first result for a repeated key and posts once; another body with the key is a conflict', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem();
    await receiveStock(admin, { sku, to: 'CHI', quantity: 10 });
    const body = { sku, from: 'CHI', to: 'MKE', quantity: 3, idempotencyKey: 'key-1' };
    const first = await transferStock(admin, body);
    const again = await transferStock(admin, body);
    expect(again.replayed).toBe(true);
    expect({ ...again, replayed: false }).toEqual(first);
    expect(await lotsOf(sku)).toEqual({ CHI: { '#0001': '7' }, MKE: { '#0001': '3' } });
    await expect(transferStock(admin, { ...body, quantity: 4 })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('posts exactly once when the same key arrives many times at once', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem();
    const body = { sku, to: 'MKE', quantity: 1, idempotencyKey: `burst-${sku}` };
    const results = await Promise.all(Array.from({ length: 20 }, () => receiveStock(admin, body)));
    expect(new Set(results.map((r) => r.groupId)).size).toBe(1);
    expect(await lotsOf(sku)).toEqual({ MKE: { '#0001': '1' } });
  });

  it('the database refuses to change or delete ledger entries', async () => {
    await expect(pool().query('UPDATE "LedgerEntry" SET quantity = quantity + 1')).rejects.toThrow(/append-only/);
    await expect(pool().query('DELETE FROM "LedgerEntry"')).rejects.toThrow(/append-only/);
    await expect(pool().query('TRUNCATE "LedgerEntry" CASCADE')).rejects.toThrow(/append-only/);
  });
});
