import { describe, expect, it } from 'vitest';
import { demoActor } from '../../../scripts/test/actors';
import { freshItem } from '../../../scripts/test/stock';
import { pool } from '../../db/pool';
import { consumeStock } from '../movements/issue-stock';
import { receiveStock } from '../movements/receive-stock';
import { listInventory } from '../queries/list-inventory';
import { verifyLedger } from '../verify-ledger';
import { ensureMonthSnapshot } from './ensure-month-snapshot';
import { ensureSnapshots, missingSnapshotMonths } from './ensure-snapshots';
import { latestSnapshotMonth } from './latest-snapshot';
import { asOfViews, monthStart, moveTo } from './snapshot-test-support';

describe('month stock snapshots', () => {
  it('give the same as-of inventory as the whole ledger, before, at, inside and after snapshot months', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('SN');
    // Three months ago +10 at CHI; two months ago -4; exactly at last month's start +6 at MKE-QA; now -1 at CHI.
    await moveTo((await receiveStock(admin, { sku, to: 'CHI', quantity: 10 })).groupId, await monthStart(3, 5));
    await moveTo((await consumeStock(admin, { sku, from: 'CHI', quantity: 4 })).groupId, await monthStart(2, 10));
    await moveTo((await receiveStock(admin, { sku, to: 'MKE-QA', quantity: 6 })).groupId, await monthStart(1));
    await consumeStock(admin, { sku, from: 'CHI', quantity: 1 });

    const moments = [
      '2000-01-01',
      await monthStart(3, 1), // before the first posting, in a month without a snapshot
      await monthStart(3, 7),
      await monthStart(2), // a snapshot's own moment
      await monthStart(2, 15), // inside a snapshot month, after its posting
      await monthStart(1), // the instant of a posting made exactly at a month start
      await monthStart(1, 3),
      '2100-01-01', // after everything, this month's posting included
    ];
    const quantityAt = async (asOf: string) => (await listInventory(admin, { sku, asOf })).data.map((r) => r.quantity);
    const expected = [[], [], ['10'], ['10'], ['6'], ['12'], ['12'], ['11']];
    expect(await Promise.all(moments.map(quantityAt))).toEqual(expected);
    const fromLedger = await asOfViews(admin, sku, moments);

    // Two callers at once build a month once, from the ledger alone.
    const twoMonthsAgo = (await monthStart(2)).slice(0, 10);
    const [a, b] = await Promise.all([ensureMonthSnapshot(twoMonthsAgo), ensureMonthSnapshot(twoMonthsAgo)]);
    expect([a.built, b.built].sort()).toEqual([false, true]);
    expect(a.built ? a : b).toMatchObject({ monthStart: twoMonthsAgo, from: null });
    expect(await latestSnapshotMonth(new Date(await monthStart(1, 3)))).toBe(twoMonthsAgo);
    expect(await asOfViews(admin, sku, moments)).toEqual(fromLedger);

    // The remaining months chain from the previous snapshot; a second run has nothing to do.
    const built = await ensureSnapshots();
    const lastMonth = (await monthStart(1)).slice(0, 10);
    expect(built.find((r) => r.monthStart === lastMonth)).toMatchObject({ built: true, from: twoMonthsAgo });
    expect(await missingSnapshotMonths()).toEqual([]);
    expect(await ensureSnapshots()).toEqual([]);
    expect(await ensureMonthSnapshot(lastMonth)).toMatchObject({ built: false });
    expect(await latestSnapshotMonth(new Date(await monthStart(1, 3)))).toBe(lastMonth);
    expect(await Promise.all(moments.map(quantityAt))).toEqual(expected);
    expect(await asOfViews(admin, sku, moments)).toEqual(fromLedger);

    // Zero balances are not stored: the item's CHI lot is 6 at last month's start, MKE-QA 0 two months ago.
    const stored = await pool().query(
      `SELECT s."monthStart"::date::text AS m, l.code, s.quantity::float8 AS q FROM "StockSnapshot" s JOIN "Item" i ON i.id = s."itemId" JOIN "Location" l ON l.id = s."locationId"
       WHERE i.sku = $1 ORDER BY 1, 2`,
      [sku],
    );
    expect(stored.rows).toEqual([
      { m: twoMonthsAgo, code: 'CHI', q: 10 },
      { m: lastMonth, code: 'CHI', q: 6 },
    ]);

    const report = await verifyLedger(pool());
    expect(report.differences).toEqual([]);
    expect(report.negative).toBe(0);
  });

  it('refuses the current month and a moment that is not a month start', async () => {
    await expect(ensureMonthSnapshot((await monthStart(0)).slice(0, 10))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(ensureMonthSnapshot(await monthStart(1, 2))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
