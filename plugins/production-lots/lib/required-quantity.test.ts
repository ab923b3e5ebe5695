import { describe, expect, it } from 'vitest';
import { parseQuantity, type Qty } from '../../../lib/inventory/quantity';
import { requiredQuantity, stillToIssue } from './required-quantity';

const q = (s: string): Qty => {
  const p = parseQuantity(s, 6);
  if (!p.ok) throw new Error(s);
  return p.value;
};

describe('required quantity of a component', () => {
  it('multiplies exactly', () => {
    expect(requiredQuantity(q('4'), q('25'), 0)).toBe(q('100'));
    expect(requiredQuantity(q('0.98'), q('1'), 2) + requiredQuantity(q('0.02'), q('1'), 2)).toBe(q('1'));
    expect(requiredQuantity(q('0.25'), q('3'), 2)).toBe(q('0.75'));
  });

  it("rounds up to the component's unit", () => {
    expect(requiredQuantity(q('0.5'), q('3'), 0)).toBe(q('2'));
    expect(requiredQuantity(q('0.125'), q('3'), 2)).toBe(q('0.38'));
    expect(requiredQuantity(q('0.001'), q('1'), 0)).toBe(q('1'));
    expect(requiredQuantity(q('0.000001'), q('0.000001'), 6)).toBe(q('0.000001'));
  });

  it('never asks for a negative remainder', () => {
    expect(stillToIssue(q('5'), q('7'))).toBe(0n);
    expect(stillToIssue(q('5'), q('2'))).toBe(q('3'));
  });
});
