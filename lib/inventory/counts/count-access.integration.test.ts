// Who may see and do what with a count: blind counts, other departments,
// permissions, and counted values the item's unit does not allow.
import { describe, expect, it } from 'vitest';
import { demoActor } from '../../../scripts/test/actors';
import { freshSite, freshStorageUnit } from '../../../scripts/test/locations';
import { freshItem } from '../../../scripts/test/stock';
import { db } from '../../db/client';
import type { Actor } from '../../roles/actor';
import { receiveStock } from '../movements/receive-stock';
import { addCountLine } from './add-count-line';
import { createCount } from './create-count';
import { discardCount } from './discard-count';
import { getCount } from './get-count';
import { listCounts } from './list-counts';
import { postCount } from './post-count';
import { recordCount } from './record-count';
import { reviewVariances } from './review-variances';

async function countWithStock(opts: { blind?: boolean; unit?: string; parent?: string; quantity?: string } = {}) {
  const admin = await demoActor.admin();
  const sku = await freshItem('AC', { unit: opts.unit });
  const bin = await freshStorageUnit(opts.parent ?? 'MKE', 'BIN');
  await receiveStock(admin, { sku, to: bin, quantity: opts.quantity ?? '10' });
  const { id, number } = await createCount(admin, { location: bin, blind: opts.blind ?? false });
  const lineId = (await getCount(admin, id)).lines[0].id;
  return { sku, bin, id, number, lineId };
}

describe('blind counts', () => {
  it('hide the expected figures from a Team Lead, also in what counting answers, but not from an Admin', async () => {
    const lead = await demoActor.teamLead();
    const admin = await demoActor.admin();
    const { id, lineId } = await countWithStock({ blind: true });
    const seen = await getCount(lead, id);
    expect(seen).toMatchObject({ blind: true, showsExpected: false });
    expect(seen.lines.map((l) => l.expected)).toEqual([null]);
    expect(JSON.stringify(seen)).not.toContain('"10"');
    const recorded = await recordCount(lead, { countId: id, lineId, counted: '9' });
    expect(recorded).toEqual({ lineId, counted: '9', countedAt: expect.any(Date) });
    await expect(reviewVariances(lead, id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await getCount(admin, id)).lines.map((l) => [l.expected, l.counted])).toEqual([['10', '9']]);
    expect((await reviewVariances(admin, id)).lines.map((l) => l.variance)).toEqual(['-1']);
    await discardCount(admin, { countId: id });
  });

  it('an open count shows the expected figures to the Team Lead', async () => {
    const lead = await demoActor.teamLead();
    const { id } = await countWithStock();
    expect((await getCount(lead, id)).lines.map((l) => l.expected)).toEqual(['10']);
    await discardCount(await demoActor.admin(), { countId: id });
  });
});

describe('scope', () => {
  it("answers another department's count and its lines as not found, whatever the operation", async () => {
    const admin = await demoActor.admin();
    const lead = await demoActor.teamLead();
    const site = await freshSite('Logistics', 'LOG');
    const { id, lineId, sku, bin } = await countWithStock({ parent: site });
    const logistics = await db().department.findUniqueOrThrow({ where: { name: 'Logistics' } });
    // A lead of the production department who may even post adjustments: still not theirs.
    const poster: Actor = { ...lead, permissions: new Set([...lead.permissions, 'inventory.adjust']) };
    const notFound = { code: 'NOT_FOUND', message: 'Count was not found.' };
    await expect(getCount(lead, id)).rejects.toMatchObject(notFound);
    await expect(reviewVariances(lead, id)).rejects.toMatchObject(notFound);
    await expect(recordCount(lead, { countId: id, lineId, counted: '1' })).rejects.toMatchObject(notFound);
    await expect(addCountLine(lead, { countId: id, sku, location: bin })).rejects.toMatchObject(notFound);
    await expect(postCount(poster, { countId: id })).rejects.toMatchObject(notFound);
    await expect(discardCount(poster, { countId: id })).rejects.toMatchObject(notFound);
    expect((await listCounts(lead)).data.map((c) => c.id)).not.toContain(id);
    await expect(createCount(lead, { location: bin })).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { location: `Unknown location "${bin}".` } });
    // Someone of that department sees it.
    const insider: Actor = { ...lead, departmentId: logistics.id };
    expect((await getCount(insider, id)).lines).toHaveLength(1);
    expect((await db().stockCountLine.findUniqueOrThrow({ where: { id: lineId } })).countedQuantity).toBeNull();
    await discardCount(admin, { countId: id });
  });

  it('refuses a line of one count named under another, and unknown ids, as not found', async () => {
    const lead = await demoActor.teamLead();
    const admin = await demoActor.admin();
    const first = await countWithStock();
    const second = await countWithStock();
    await expect(recordCount(lead, { countId: first.id, lineId: second.lineId, counted: '1' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Count line was not found.' });
    await expect(getCount(lead, 99_999_999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getCount(lead, 'CNT-1; DROP')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(recordCount(lead, { countId: '', lineId: first.lineId, counted: '1' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await db().stockCountLine.findUniqueOrThrow({ where: { id: second.lineId } })).countedQuantity).toBeNull();
    await discardCount(admin, { countId: first.id });
    await discardCount(admin, { countId: second.id });
  });

  it('adds a line only for a storage unit inside the count', async () => {
    const lead = await demoActor.teamLead();
    const { id, sku, bin } = await countWithStock();
    const outside = await freshStorageUnit('MKE', 'BIN');
    await expect(addCountLine(lead, { countId: id, sku, location: outside })).rejects.toMatchObject({ fieldErrors: { location: expect.stringContaining('is not a storage unit of this count') } });
    await expect(addCountLine(lead, { countId: id, sku: 'NOPE-NOPE', location: bin })).rejects.toMatchObject({ fieldErrors: { sku: 'Unknown SKU "NOPE-NOPE".' } });
    await expect(addCountLine(lead, { countId: id, sku, location: bin })).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { sku: `${sku} already has a line at ${bin}.` } });
    await discardCount(await demoActor.admin(), { countId: id });
  });
});

describe('permissions and input', () => {
  it('lets leads count, and only Admins post or discard; Members do neither', async () => {
    const member = await demoActor.member();
    const lead = await demoActor.deptLead();
    const { id, bin } = await countWithStock();
    await expect(createCount(member, { location: bin })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getCount(member, id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(postCount(lead, { countId: id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(discardCount(lead, { countId: id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createCount(lead, { location: '' })).rejects.toMatchObject({ fieldErrors: { location: 'Choose a location.' } });
    await discardCount(await demoActor.admin(), { countId: id });
  });

  it('refuses counted values the unit does not allow with a message at the field, storing nothing', async () => {
    const lead = await demoActor.teamLead();
    const pieces = await countWithStock();
    const kilos = await countWithStock({ unit: 'kg', quantity: '2.5' });
    const cases: [typeof pieces, unknown, string][] = [
      [pieces, '', 'Enter the quantity you counted.'],
      [pieces, '   ', 'Enter the quantity you counted.'],
      [pieces, undefined, 'Enter the quantity you counted.'],
      [pieces, 'ten', 'Enter a number.'],
      [pieces, '-1', 'A counted quantity cannot be negative.'],
      [pieces, '1.5', 'Enter a whole number.'],
      [pieces, '1e3', 'Enter a number.'],
      [pieces, Number.NaN, 'Enter a number.'],
      [pieces, '99999999999999999999', 'Enter a number.'],
      [kilos, '1.2345', 'Use at most 3 decimal places.'],
    ];
    for (const [count, counted, message] of cases) {
      await expect(recordCount(lead, { countId: count.id, lineId: count.lineId, counted }), JSON.stringify(counted)).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { counted: message } });
    }
    const stored = await db().stockCountLine.findMany({ where: { id: { in: [pieces.lineId, kilos.lineId] } } });
    expect(stored.map((l) => [l.countedQuantity, l.systemQuantity, l.countedById])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    expect(await recordCount(lead, { countId: kilos.id, lineId: kilos.lineId, counted: ' 2.250 ' })).toMatchObject({ counted: '2.250' });
    expect(await recordCount(lead, { countId: pieces.id, lineId: pieces.lineId, counted: 0 })).toMatchObject({ counted: '0' });
    const admin = await demoActor.admin();
    await discardCount(admin, { countId: pieces.id });
    await discardCount(admin, { countId: kilos.id });
  });
});

describe('serial-numbered products', () => {
  it('are left out of counts: they are counted by serial on the product page', async () => {
    const { adjustProductStock } = await import('../../serials/adjust-product-stock');
    const { freshProduct } = await import('../../../scripts/test/serials');
    const admin = await demoActor.admin();
    const product = await freshProduct(['QA']);
    const bin = await freshStorageUnit('MKE', 'BIN');
    await adjustProductStock(admin, { direction: 'add', sku: product.sku, quantity: 2, location: bin, note: 'count test' });
    const count = await createCount(admin, { location: bin });
    expect(count.lines).toBe(0);
    await expect(addCountLine(admin, { countId: count.id, sku: product.sku, location: bin })).rejects.toMatchObject({ fieldErrors: { sku: expect.stringContaining('serial-numbered') } });
  });
});
