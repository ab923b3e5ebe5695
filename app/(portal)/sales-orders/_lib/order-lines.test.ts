import { describe, expect, it } from 'vitest';
import { orderLinesOf } from './order-lines';

describe('orderLinesOf', () => {
  it('reads rows in index order, whatever order the fields came in', () => {
    expect(orderLinesOf({ 'lines.1.quantity': '2', partner: 'ACME', 'lines.0.sku': 'A', 'lines.1.sku': 'B', 'lines.0.quantity': '1' })).toEqual([
      { sku: 'A', quantity: '1' },
      { sku: 'B', quantity: '2' },
    ]);
  });

  it('keeps a missing row in place, so errors stay on the row they name', () => {
    expect(orderLinesOf({ 'lines.0.sku': 'A', 'lines.2.sku': 'C' })).toEqual([{ sku: 'A', quantity: '' }, { sku: '', quantity: '' }, { sku: 'C', quantity: '' }]);
  });

  it('ignores other and oversized keys', () => {
    expect(orderLinesOf({ 'lines.9999.sku': 'X', 'lines.0.price': '3', lines: 'x' })).toEqual([]);
  });
});
