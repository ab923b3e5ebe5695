// Stock counts against a real database: opening over a subtree, counting,
// postings made meanwhile, posting as one group, and closing for good.
import { describe, expect, it } from 'vitest';
import { demoActor } from '../../../scripts/test/actors';
import { freshStorageUnit } from '../../../scripts/test/locations';
import { freshItem, lotsOf } from '../../../scripts/test/stock';
import { db } from '../../db/client';
import { pool } from '../../db/pool';
import { changeStatus } from '../movements/change-status';
import { consumeStock } from '../movements/issue-stock';
import { receiveStock } from '../movements/receive-stock';
import { verifyLedger } from '../verify-ledger';
import { addCountLine } from './add-count-line';
import { createCount } from './create-count';
import { discardCount } from './discard-count';
import { getCount } from './get-count';
import { listCounts } from './list-counts';
import { postCount } from './post-count';
import { recordCount } from './record-count';
import { reviewVariances } from './review-variances';

const lineOf = async (countId: number, sku: string, location: string) => {
  const count = await getCount(await demoActor.admin(), countId);
  const line = count.lines.find((l) => l.sku === sku && l.location === location);
  if (!line) throw new Error(`no line for ${sku} at ${location}`);
  return line.id;
};

describe('stock counts', () => {
  it('opens a count over a subtree with one line per item per storage unit of own available stock', async () => {
    const admin = await demoActor.admin();
    const lead = await demoActor.teamLead();
    const [a, b, held, owned] = [await freshItem('CA'), await freshItem('CB'), await freshItem('CH'), await freshItem('CO')];
    const shelf = await freshStorageUnit('CHI-A', 'SHELF');
    const [bin1, bin2] = [await freshStorageUnit(shelf, 'BIN'), await freshStorageUnit(shelf, 'BIN')];
    await db().partner.upsert({ where: { code: 'ACME' }, create: { code: 'ACME', name: 'Acme Robotics' }, update: {} });
    await receiveStock(admin, { sku: a, to: bin1, quantity: 4 });
    await receiveStock(admin, { sku: a, to: bin1, quantity: 6 });
    await receiveStock(admin, { sku: a, to: bin2, quantity: 3 });
    await receiveStock(admin, { sku: b, to: shelf, quantity: 5 });
    await receiveStock(admin, { sku: held, to: bin1, quantity: 2 });
    await changeStatus(admin, { sku: held, location: bin1, quantity: 2, status: 'on_hold' });
    await receiveStock(admin, { sku: owned, to: bin2, quantity: 9, customer: 'ACME' });
    await receiveStock(admin, { sku: b, to: 'CHI-A-01-B1', quantity: 1 }); // outside the subtree

    const created = await createCount(lead, { location: shelf.toLowerCase(), blind: 'false', note: 'Q4 stocktake' });
    expect(created.number).toMatch(/^CNT-\d{6}$/);
    expect(created.lines).toBe(3);
    const count = await getCount(lead, created.id);
    expect(count).toMatchObject({ number: created.number, status: 'open', blind: false, note: 'Q4 stocktake', location: { code: shelf }, site: { code: 'CHI' }, createdBy: 'Theo Team-Lead', showsExpected: true });
    // Ordered by storage unit code (the bins' codes sort before the shelf's), then SKU.
    expect(count.lines.map((l) => [l.sku, l.location, l.expected, l.counted])).toEqual([
      [a, bin1, '10', null],
      [a, bin2, '3', null],
      [b, shelf, '5', null],
    ]);
    const listed = await listCounts(lead, { status: 'open' });
    expect(listed.data.find((c) => c.id === created.id)).toMatchObject({ number: created.number, lines: 3, counted: 0, location: { code: shelf } });
    await discardCount(admin, { countId: created.id });
  });

  it('counts, respects a posting made after counting, and posts every variance as one group', async () => {
    const admin = await demoActor.admin();
    const lead = await demoActor.teamLead();
    const [a, b, found] = [await freshItem('PA'), await freshItem('PB'), await freshItem('PF', { unit: 'kg' })];
    const shelf = await freshStorageUnit('CHI-A', 'SHELF');
    const [bin1, bin2] = [await freshStorageUnit(shelf, 'BIN'), await freshStorageUnit(shelf, 'BIN')];
    await receiveStock(admin, { sku: a, to: bin1, quantity: 4 });
    await receiveStock(admin, { sku: a, to: bin1, quantity: 6 });
    await receiveStock(admin, { sku: a, to: bin2, quantity: 3 });
    await receiveStock(admin, { sku: b, to: bin2, quantity: 5 });
    const { id } = await createCount(lead, { location: shelf });

    // A on bin 1: 8 found where the system held 10; then 2 are consumed before the count is posted.
    await recordCount(lead, { countId: id, lineId: await lineOf(id, a, bin1), counted: '8' });
    await consumeStock(lead, { sku: a, from: bin1, quantity: 2 });
    // B on bin 2: 5 more arrive before it is counted; 12 found against 10.
    await receiveStock(lead, { sku: b, to: bin2, quantity: 5 });
    await recordCount(lead, { countId: id, lineId: await lineOf(id, b, bin2), counted: 12 });
    // A on bin 2: as expected. A kilogram item nobody expected on bin 1.
    await recordCount(lead, { countId: id, lineId: await lineOf(id, a, bin2), counted: '3' });
    const { lineId } = await addCountLine(lead, { countId: id, sku: found, location: bin1 });
    await recordCount(lead, { countId: id, lineId, counted: '1.25' });

    const review = await reviewVariances(lead, id);
    const rows = Object.fromEntries(review.lines.map((l) => [`${l.sku}@${l.location}`, [l.expected, l.systemAtCount, l.counted, l.variance, l.value, l.onHandNow, l.afterPosting]]));
    expect(rows).toEqual({
      [`${a}@${bin1}`]: ['10', '10', '8', '-2', '-3.00', '8', '6'],
      [`${a}@${bin2}`]: ['3', '3', '3', '0', '0.00', '3', '3'],
      [`${b}@${bin2}`]: ['5', '10', '12', '2', '3.00', '10', '12'],
      [`${found}@${bin1}`]: ['0.000', '0.000', '1.250', '1.250', '1.88', '0.000', '1.250'],
    });
    expect(review).toMatchObject({ withVariance: 3, totalValue: '1.88', uncounted: [] });

    const entriesBefore = await db().ledgerEntry.count();
    const lastEntryBefore = (await db().ledgerEntry.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    const posted = await postCount(admin, { countId: id, idempotencyKey: `count-${id}` });
    const group = posted.posting!;
    expect(group.kind).toBe('count');
    expect(group.entries.map((e) => [e.entryType, e.sku, e.location, e.quantity])).toEqual([
      ['ADJUST_DOWN', a, bin1, '-2'],
      ['ADJUST_UP', found, bin1, '1.250'],
      ['ADJUST_UP', b, bin2, '2'],
    ]);
    const written = await db().ledgerEntry.findMany({ where: { id: { gt: lastEntryBefore } } });
    expect(new Set(written.map((e) => e.groupId))).toEqual(new Set([group.groupId]));
    expect(new Set(written.map((e) => e.entryType))).toEqual(new Set(['ADJUST_UP', 'ADJUST_DOWN']));
    const g = await db().postingGroup.findUniqueOrThrow({ where: { id: group.groupId } });
    expect([g.refKind, g.refNumber, g.reason]).toEqual(['stock_count', posted.number, `Stock count ${posted.number}`]);

    // On hand now = on hand before posting + variance: A on bin 1 is 8 - 2 = 6, taken from the oldest batch.
    expect(await lotsOf(a)).toEqual({ [bin1]: { '#0002': '6' }, [bin2]: { '#0003': '3' } });
    expect(await lotsOf(b)).toEqual({ [bin2]: { '#0001': '5', '#0002': '5', '#0003': '2' } });
    expect(await lotsOf(found)).toEqual({ [bin1]: { '#0001': '1.25' } });
    expect(await getCount(lead, id)).toMatchObject({ status: 'posted', postedGroupId: group.groupId, postedBy: 'Ada Admin' });

    const report = await verifyLedger(pool());
    expect(report.differences).toEqual([]);
    expect(report.negative).toBe(0);

    // The same request again answers with its first result; any other attempt is refused, and nothing more is booked.
    const again = await postCount(admin, { countId: id, idempotencyKey: `count-${id}` });
    expect(again.posting).toMatchObject({ groupId: group.groupId, replayed: true });
    await expect(postCount(admin, { countId: id })).rejects.toMatchObject({ code: 'CONFLICT', message: `Count ${posted.number} has already been posted.` });
    await expect(postCount(admin, { countId: id, idempotencyKey: 'another-key' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(recordCount(lead, { countId: id, lineId, counted: '2' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(discardCount(admin, { countId: id })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await db().ledgerEntry.count()).toBe(entriesBefore + 3);
  });

  it('leaves uncounted lines alone and closes a count without differences without booking anything', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('PN');
    const bin = await freshStorageUnit('CHI-REEL', 'BIN');
    await receiveStock(admin, { sku, to: bin, quantity: 7 });
    const other = await freshItem('PU');
    await receiveStock(admin, { sku: other, to: bin, quantity: 2 });
    const { id } = await createCount(admin, { location: bin });
    await recordCount(admin, { countId: id, lineId: await lineOf(id, sku, bin), counted: '7' });
    const review = await reviewVariances(admin, id);
    expect(review).toMatchObject({ withVariance: 0, totalValue: '0.00', uncounted: [{ sku: other, expected: '2' }] });
    const before = await db().ledgerEntry.count();
    expect(await postCount(admin, { countId: id })).toMatchObject({ posting: null });
    expect(await db().ledgerEntry.count()).toBe(before);
    expect(await getCount(admin, id)).toMatchObject({ status: 'posted', postedGroupId: null });
  });

  it('refuses to post when more stock left after counting than the count found missing; a recount fixes it', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('PR');
    const bin = await freshStorageUnit('CHI-REEL', 'BIN');
    await receiveStock(admin, { sku, to: bin, quantity: 10 });
    const { id } = await createCount(admin, { location: bin });
    const lineId = await lineOf(id, sku, bin);
    await recordCount(admin, { countId: id, lineId, counted: '7' });
    await consumeStock(admin, { sku, from: bin, quantity: 9 });
    const before = await db().ledgerEntry.count();
    await expect(postCount(admin, { countId: id })).rejects.toMatchObject({ code: 'INSUFFICIENT_STOCK', message: expect.stringContaining('Count that line again') });
    expect(await db().ledgerEntry.count()).toBe(before);
    expect(await getCount(admin, id)).toMatchObject({ status: 'open' });

    await recordCount(admin, { countId: id, lineId, counted: '0' });
    const posted = await postCount(admin, { countId: id });
    expect(posted.posting?.entries.map((e) => [e.entryType, e.quantity, e.balanceAfter])).toEqual([['ADJUST_DOWN', '-1', '0']]);
    expect(await lotsOf(sku)).toEqual({});
  });

  it('posts once when two Admins post the same count at the same moment', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('PC');
    const bin = await freshStorageUnit('CHI-REEL', 'BIN');
    await receiveStock(admin, { sku, to: bin, quantity: 5 });
    const { id, number } = await createCount(admin, { location: bin });
    await recordCount(admin, { countId: id, lineId: await lineOf(id, sku, bin), counted: '3' });
    const results = await Promise.allSettled([postCount(admin, { countId: id, idempotencyKey: 'first' }), postCount(admin, { countId: id, idempotencyKey: 'second' })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT', message: `Count ${number} has already been posted.` } });
    expect(await db().postingGroup.count({ where: { refKind: 'stock_count', refId: String(id) } })).toBe(1);
    expect(await lotsOf(sku)).toEqual({ [bin]: { '#0001': '3' } });
  });

  it('discards a count: nothing is booked, and it can no longer be counted or posted', async () => {
    const admin = await demoActor.admin();
    const lead = await demoActor.teamLead();
    const sku = await freshItem('PD');
    const bin = await freshStorageUnit('CHI-REEL', 'BIN');
    await receiveStock(admin, { sku, to: bin, quantity: 4 });
    const { id, number } = await createCount(lead, { location: bin });
    const lineId = await lineOf(id, sku, bin);
    await recordCount(lead, { countId: id, lineId, counted: '1' });
    await expect(discardCount(lead, { countId: id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const before = await db().ledgerEntry.count();
    expect(await discardCount(admin, { countId: id })).toEqual({ id, number });
    await expect(recordCount(lead, { countId: id, lineId, counted: '2' })).rejects.toMatchObject({ code: 'CONFLICT', message: `Count ${number} was discarded.` });
    await expect(addCountLine(lead, { countId: id, sku, location: bin })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(postCount(admin, { countId: id })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await db().ledgerEntry.count()).toBe(before);
    expect(await lotsOf(sku)).toEqual({ [bin]: { '#0001': '4' } });
    expect(await getCount(lead, id)).toMatchObject({ status: 'discarded', discardedBy: 'Ada Admin', lines: [{ counted: '1' }] });
  });

  it('keeps open counts from overlapping, so no shelf is adjusted twice', async () => {
    const lead = await demoActor.teamLead();
    const admin = await demoActor.admin();
    const shelf = await freshStorageUnit('CHI-COLD', 'SHELF');
    const bin = await freshStorageUnit(shelf, 'BIN');
    const { id, number } = await createCount(lead, { location: shelf });
    await expect(createCount(lead, { location: bin })).rejects.toMatchObject({ fieldErrors: { location: `Count ${number} of ${shelf} is still open and overlaps ${bin}: post or discard it first.` } });
    await expect(createCount(lead, { location: 'CHI-COLD' })).rejects.toMatchObject({ fieldErrors: { location: expect.stringContaining(number) } });
    await discardCount(admin, { countId: id });
    const again = await createCount(lead, { location: bin });
    expect(again.lines).toBe(0);
    await discardCount(admin, { countId: again.id });
  });
});
