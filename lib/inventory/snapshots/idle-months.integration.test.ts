// Months after one without postings store no snapshot; "as of" stays exact
// across them, starting from the snapshot before. A database of its own (one
// per test file): the postings moved into the past here must come before any
// snapshot is built.
import { describe, expect, it } from 'vitest';
import { demoActor } from '../../../scripts/test/actors';
import { freshItem } from '../../../scripts/test/stock';
import { pool } from '../../db/pool';
import { consumeStock } from '../movements/issue-stock';
import { receiveStock } from '../movements/receive-stock';
import { listInventory } from '../queries/list-inventory';
import { verifyLedger } from '../verify-ledger';
import { ensureMonthSnapshot } from './ensure-month-snapshot';
import { ensureSnapshots, missingSnapshotMonths, snapshotCalendar } from './ensure-snapshots';
import { latestSnapshotMonth } from './latest-snapshot';
import { asOfViews, monthStart, moveTo } from './snapshot-test-support';

describe('month snapshots across idle months', () => {
  it('skip a month after one without postings and keep as-of exact through it; lots at zero are not stored', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('SI');
    // Five months ago: +10 at CHI, +3 at MKE. Four months ago: nothing. Three months ago: -4 at CHI, -3 at MKE
    // (that lot is empty from then on), +6 at MKE-QA. Two and one month ago: nothing. Now: -1 at CHI.
    await moveTo((await receiveStock(admin, { sku, to: 'CHI', quantity: 10 })).groupId, await monthStart(5, 5));
    await moveTo((await receiveStock(admin, { sku, to: 'MKE', quantity: 3 })).groupId, await monthStart(5, 6));
    await moveTo((await consumeStock(admin, { sku, from: 'CHI', quantity: 4 })).groupId, await monthStart(3, 10));
    await moveTo((await consumeStock(admin, { sku, from: 'MKE', quantity: 3 })).groupId, await monthStart(3, 11));
    await moveTo((await receiveStock(admin, { sku, to: 'MKE-QA', quantity: 6 })).groupId, await monthStart(3, 20));
    await consumeStock(admin, { sku, from: 'CHI', quantity: 1 });

    const moments = [
      '2000-01-01',
      await monthStart(5, 1), // before the first posting
      await monthStart(5, 7),
      await monthStart(4), // a snapshot's own moment
      await monthStart(4, 15), // inside the idle month
      await monthStart(3), // the start of a month that gets no snapshot
      await monthStart(3, 12), // after the consumptions that month
      await monthStart(3, 25),
      await monthStart(2), // a snapshot's own moment, after the busy month
      await monthStart(1), // no snapshot again (the month before was idle)
      await monthStart(1, 3),
      '2100-01-01',
    ];
    const quantityAt = async (asOf: string) => (await listInventory(admin, { sku, asOf })).data.map((r) => r.quantity);
    const expected = [[], [], ['13'], ['13'], ['13'], ['13'], ['6'], ['12'], ['12'], ['12'], ['12'], ['11']];
    expect(await Promise.all(moments.map(quantityAt))).toEqual(expected);
    const fromLedger = await asOfViews(admin, sku, moments);

    const [fourAgo, threeAgo, twoAgo, oneAgo] = await Promise.all([4, 3, 2, 1].map(async (n) => (await monthStart(n)).slice(0, 10)));
    expect(await missingSnapshotMonths()).toEqual([fourAgo, twoAgo]);
    const built = await ensureSnapshots();
    expect(built.map((r) => [r.monthStart, r.built, r.from])).toEqual([
      [fourAgo, true, null],
      [twoAgo, true, fourAgo],
    ]);
    expect(await snapshotCalendar()).toEqual([
      { month: fourAgo, posted: true, stored: true },
      { month: threeAgo, posted: false, stored: false },
      { month: twoAgo, posted: true, stored: true },
      { month: oneAgo, posted: false, stored: false },
    ]);
    expect(await missingSnapshotMonths()).toEqual([]);
    expect(await ensureSnapshots()).toEqual([]);
    // Asked for directly, an idle month is still not stored.
    expect(await ensureMonthSnapshot(threeAgo)).toEqual({ monthStart: threeAgo, built: false, idle: true, rows: 0, from: null });
    const months = await pool().query(`SELECT DISTINCT "monthStart"::date::text AS m FROM "StockSnapshot" ORDER BY 1`);
    expect(months.rows.map((r) => r.m)).toEqual([fourAgo, twoAgo]);

    // As-of reads start from the latest snapshot at or before the moment, and agree with the whole ledger everywhere.
    expect(await latestSnapshotMonth(new Date(await monthStart(3, 12)))).toBe(fourAgo);
    expect(await latestSnapshotMonth(new Date(await monthStart(1, 3)))).toBe(twoAgo);
    expect(await Promise.all(moments.map(quantityAt))).toEqual(expected);
    expect(await asOfViews(admin, sku, moments)).toEqual(fromLedger);

    // The emptied MKE lot is stored four months ago, not two months ago.
    const stored = await pool().query(
      `SELECT s."monthStart"::date::text AS m, l.code, s.quantity::float8 AS q FROM "StockSnapshot" s JOIN "Item" i ON i.id = s."itemId" JOIN "Location" l ON l.id = s."locationId"
       WHERE i.sku = $1 ORDER BY 1, 2`,
      [sku],
    );
    expect(stored.rows).toEqual([
      { m: fourAgo, code: 'CHI', q: 10 },
      { m: fourAgo, code: 'MKE', q: 3 },
      { m: twoAgo, code: 'CHI', q: 6 },
      { m: twoAgo, code: 'MKE-QA', q: 6 },
    ]);
    expect((await pool().query(`SELECT count(*)::int AS n FROM "StockSnapshot" WHERE quantity = 0`)).rows[0].n).toBe(0);
    expect((await verifyLedger(pool())).differences).toEqual([]);
  });
});
