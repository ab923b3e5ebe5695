import { describe, expect, it } from 'vitest';
import { fromDb } from '../../../lib/inventory/quantity';
import { shortfallOf, stillToDraft } from './forecast-arithmetic';

const q = (s: string) => fromDb(s);

describe('shortfallOf', () => {
  it('is what the stock, less other lots’ allocations, plus what is on order does not cover', () => {
    expect(shortfallOf({ required: q('100'), onHand: q('30'), allocatedElsewhere: q('10'), onOrder: q('50') })).toBe(q('30'));
  });
  it('is never below zero', () => {
    expect(shortfallOf({ required: q('10'), onHand: q('30'), allocatedElsewhere: q('0'), onOrder: q('0') })).toBe(0n);
  });
  it('counts allocations elsewhere above the stock in full (they are owed first)', () => {
    expect(shortfallOf({ required: q('5'), onHand: q('2'), allocatedElsewhere: q('10'), onOrder: q('0') })).toBe(q('13'));
  });
  it('is exact with fractions (0.98 + 0.02 covers 1)', () => {
    expect(shortfallOf({ required: q('1'), onHand: q('0.98'), allocatedElsewhere: q('0'), onOrder: q('0.02') })).toBe(0n);
    expect(shortfallOf({ required: q('1'), onHand: q('0.98'), allocatedElsewhere: q('0.000001'), onOrder: q('0.02') })).toBe(q('0.000001'));
  });
});


describe('stillToDraft', () => {
  it('asks for the shortfall less what drafts hold, never below zero', () => {
    expect(stillToDraft(q('6'), q('0'))).toBe(q('6'));
    expect(stillToDraft(q('6'), q('4'))).toBe(q('2'));
    expect(stillToDraft(q('6'), q('6'))).toBe(0n);
    expect(stillToDraft(q('6'), q('100'))).toBe(0n);
    expect(stillToDraft(q('1'), q('0.98'))).toBe(q('0.02'));
  });
});
