import { describe, expect, it } from 'vitest';
import type { Lot } from '../lots';
import { parseQuantity, type Qty } from '../quantity';
import { ownAvailableOf, planCountPosting, varianceOf, type CountVariance } from './plan-count-posting';

const q = (text: string): Qty => {
  const p = parseQuantity(text, 6);
  if (!p.ok) throw new Error(text);
  return p.value;
};

let nextId = 1n;
const lot = (over: Partial<Lot> & { quantity: Qty }): Lot => ({
  balanceId: nextId,
  itemId: 1,
  locationId: 10,
  batchId: nextId++,
  batchNumber: Number(nextId),
  status: 'AVAILABLE',
  unreceived: false,
  receivedAt: new Date('2026-01-01'),
  expiresAt: null,
  ownerId: null,
  unitCost: null,
  ...over,
});

const line = (variance: string, over: Partial<CountVariance> = {}): CountVariance => ({
  itemId: 1,
  locationId: 10,
  variance: q(variance),
  perishable: false,
  sku: 'RES-1',
  location: 'BIN-1',
  decimals: 0,
  unit: 'pcs',
  ...over,
});

describe('planCountPosting', () => {
  it('books a surplus as a new batch and a shortfall first-in first-out, skipping lines without variance', () => {
    const older = lot({ quantity: q('3'), receivedAt: new Date('2026-01-01') });
    const newer = lot({ quantity: q('10'), receivedAt: new Date('2026-02-01') });
    const plan = planCountPosting([line('-5'), line('0', { itemId: 2 }), line('4', { itemId: 3, locationId: 11 })], [newer, older]);
    expect(plan.legs.map((l) => [l.entryType, l.itemId, 'id' in l.batch ? l.batch.id : l.batch, l.quantity])).toEqual([
      ['ADJUST_DOWN', 1, older.batchId, q('-3')],
      ['ADJUST_DOWN', 1, newer.batchId, q('-2')],
      ['ADJUST_UP', 3, { newBatch: 'counted-2' }, q('4')],
    ]);
    expect(plan.newBatches).toEqual([{ key: 'counted-2', itemId: 3 }]);
  });

  it('applies the variance to the stock there now, whatever happened since the count', () => {
    // Counted 8 when the system held 10 (variance -2); 4 were consumed since: 6 there now, 4 after posting.
    const now = lot({ quantity: q('6') });
    const plan = planCountPosting([line('0', { variance: varianceOf(q('8'), q('10')) })], [now]);
    expect(plan.legs.map((l) => l.quantity)).toEqual([q('-2')]);
  });

  it('never takes held, rejected, customer-owned or placeholder stock, nor another position', () => {
    const lots = [
      lot({ quantity: q('5'), status: 'ON_HOLD' }),
      lot({ quantity: q('5'), ownerId: 7 }),
      lot({ quantity: q('-2'), unreceived: true }),
      lot({ quantity: q('5'), locationId: 11 }),
      lot({ quantity: q('1') }),
    ];
    expect(ownAvailableOf(lots, 1, 10)).toBe(q('1'));
    expect(() => planCountPosting([line('-2')], lots)).toThrow(expect.objectContaining({ code: 'INSUFFICIENT_STOCK', message: expect.stringContaining('only 1 pcs are there now') }));
  });

  it('is exact with decimals: 0.98 counted against 1.00 takes 0.02', () => {
    const plan = planCountPosting([line('0', { variance: varianceOf(q('0.98'), q('1')), decimals: 2, unit: 'm' })], [lot({ quantity: q('0.5') }), lot({ quantity: q('0.5') })]);
    expect(plan.legs.map((l) => l.quantity)).toEqual([q('-0.02')]);
  });

  it('takes the first-expiring batch first for perishables', () => {
    const later = lot({ quantity: q('5'), receivedAt: new Date('2026-01-01'), expiresAt: new Date('2099-06-01') });
    const sooner = lot({ quantity: q('5'), receivedAt: new Date('2026-02-01'), expiresAt: new Date('2099-01-01') });
    const plan = planCountPosting([line('-1', { perishable: true })], [later, sooner]);
    expect(plan.legs.map((l) => ('id' in l.batch ? l.batch.id : null))).toEqual([sooner.batchId]);
  });

  it('plans nothing when no line has a variance', () => {
    expect(planCountPosting([line('0')], [lot({ quantity: q('3') })])).toEqual({ legs: [], newBatches: [] });
  });
});
