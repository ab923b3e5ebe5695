import { describe, expect, it } from 'vitest';
import { addQuantities, isQuantityText } from './quantity-text';

describe('quantities as text', () => {
  it('adds exactly, to 6 decimals', () => {
    expect(addQuantities('0.98', '0.02')).toBe('1');
    expect(addQuantities('1', '1')).toBe('2');
    expect(addQuantities('2.5', '0.25')).toBe('2.75');
    expect(addQuantities('0.000001', '0.000002')).toBe('0.000003');
    expect(addQuantities('99999999999999', '1')).toBe('100000000000000');
  });

  it('answers null for anything that is not a plain quantity', () => {
    for (const bad of ['', 'ten', '-1', '1e3', '1.0000001', '1,5']) {
      expect(isQuantityText(bad)).toBe(false);
      expect(addQuantities(bad, '1')).toBeNull();
    }
    expect(isQuantityText(' 25 ')).toBe(true);
  });
});
