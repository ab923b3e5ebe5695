import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pickLots } from './fifo';
import type { Lot } from './lots';
import { formatQuantity, parseQuantity, toDb, fromDb, valueOf } from './quantity';

const q = (s: string) => {
  const p = parseQuantity(s, 6);
  if (!p.ok) throw new Error(s);
  return p.value;
};
let seq = 0n;
function lot(batchNumber: number, quantity: string, extra: Partial<Lot> = {}): Lot {
  seq += 1n;
  return {
    balanceId: seq, itemId: 1, locationId: 1, batchId: BigInt(batchNumber), batchNumber, status: 'AVAILABLE', quantity: q(quantity), unreceived: false,
    receivedAt: new Date(2026, 0, batchNumber), expiresAt: null, ownerId: null, unitCost: null, ...extra,
  };
}

describe('quantities', () => {
  it('adds exactly: 0.98 + 0.02 = 1', () => {
    expect(formatQuantity(q('0.98') + q('0.02'), 2)).toBe('1.00');
    expect(q('0.98') + q('0.02')).toBe(q('1'));
  });

  it("refuses more decimals than the unit has, and anything that is not a plain number", () => {
    expect(parseQuantity('1.5', 0)).toEqual({ ok: false, reason: 'Enter a whole number.' });
    expect(parseQuantity('1.505', 2)).toMatchObject({ ok: false });
    expect(parseQuantity('1.500', 2)).toMatchObject({ ok: true });
    for (const bad of ['', ' ', 'abc', '1e3', 'NaN', 'Infinity', '0x10', '1,5', '--1', null, undefined, Number.NaN, Number.POSITIVE_INFINITY, 1e21, {}, []]) {
      expect(parseQuantity(bad, 3).ok, String(bad)).toBe(false);
    }
  });

  it('round-trips through the database representation', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 19n), max: 10n ** 19n }), (v) => fromDb(toDb(v)) === v));
  });

  it('values a quantity at a unit cost to the cent', () => {
    expect(valueOf(q('3'), '0.333333')).toBe('1.00');
    expect(valueOf(q('120'), '0.42')).toBe('50.40');
  });
});

describe('FIFO lot picking', () => {
  it('takes the oldest batch first and splits across batches (LDR-4.1, Jan 27)', () => {
    const r = pickLots([lot(2, '200'), lot(1, '75')], q('120'));
    expect(r.ok && r.picks.map((p) => [p.lot.batchNumber, formatQuantity(p.quantity, 0)])).toEqual([[1, '75'], [2, '45']]);
  });

  it('says how much is available when there is not enough', () => {
    expect(pickLots([lot(1, '5'), lot(2, '3')], q('10'))).toMatchObject({ ok: false, available: q('8') });
  });

  it('ignores other statuses, placeholder lots and customer-owned stock unless that customer is named', () => {
    const lots = [lot(1, '5', { status: 'ON_HOLD' }), lot(2, '-4', { unreceived: true }), lot(3, '7', { ownerId: 9 }), lot(4, '2')];
    expect(pickLots(lots, q('3'))).toMatchObject({ ok: false, available: q('2') });
    const forCustomer = pickLots(lots, q('3'), { ownerId: 9 });
    expect(forCustomer.ok && forCustomer.picks.map((p) => p.lot.batchNumber)).toEqual([3]);
    const held = pickLots(lots, q('5'), { status: 'ON_HOLD' });
    expect(held.ok).toBe(true);
  });

  it('skips expired batches for consumption unless allowed, and reports them', () => {
    const now = new Date(2026, 5, 1);
    const lots = [lot(1, '10', { expiresAt: new Date(2026, 4, 1) }), lot(2, '4')];
    expect(pickLots(lots, q('6'), { skipExpired: true, now })).toMatchObject({ ok: false, available: q('4'), expiredExcluded: q('10') });
    const allowed = pickLots(lots, q('6'), { skipExpired: true, allowExpired: true, now });
    expect(allowed.ok && allowed.picks.map((p) => p.lot.batchNumber)).toEqual([1]);
  });

  it('uses first-expiring first for perishable items', () => {
    const lots = [lot(1, '5', { expiresAt: new Date(2027, 5, 1) }), lot(2, '5', { expiresAt: new Date(2027, 1, 1) }), lot(3, '5')];
    const r = pickLots(lots, q('8'), { fefo: true });
    expect(r.ok && r.picks.map((p) => p.lot.batchNumber)).toEqual([2, 1]);
  });

  it('never takes more than asked nor more than a lot holds', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 8 }), fc.integer({ min: 1, max: 5000 }), (sizes, want) => {
        const lots = sizes.map((s, i) => lot(i + 1, String(s)));
        const r = pickLots(lots, BigInt(want) * 10n ** 6n);
        const total = sizes.reduce((a, b) => a + b, 0);
        if (!r.ok) return total < want;
        const taken = r.picks.reduce((a, p) => a + p.quantity, 0n);
        return taken === BigInt(want) * 10n ** 6n && r.picks.every((p) => p.quantity > 0n && p.quantity <= p.lot.quantity);
      }),
    );
  });
});
