import { describe, expect, it } from 'vitest';
import { decideSalesOrderStatusChange, salesOrderStatusFromApi } from './sales-order-status';

describe('sales order status changes', () => {
  it('completes and reopens an order whatever was delivered', () => {
    expect(decideSalesOrderStatusChange('OPEN', 'COMPLETED', 0)).toEqual({ ok: true });
    expect(decideSalesOrderStatusChange('OPEN', 'COMPLETED', 3)).toEqual({ ok: true });
    expect(decideSalesOrderStatusChange('COMPLETED', 'OPEN', 2)).toEqual({ ok: true });
  });

  it('cancels only while nothing was delivered', () => {
    expect(decideSalesOrderStatusChange('OPEN', 'CANCELLED', 0)).toEqual({ ok: true });
    expect(decideSalesOrderStatusChange('COMPLETED', 'CANCELLED', 0)).toEqual({ ok: true });
    expect(decideSalesOrderStatusChange('OPEN', 'CANCELLED', 1)).toEqual({ ok: false, reason: expect.stringContaining('1 of its line has deliveries') });
    expect(decideSalesOrderStatusChange('COMPLETED', 'CANCELLED', 2)).toEqual({ ok: false, reason: expect.stringContaining('2 of its lines have deliveries') });
  });

  it('refuses a change to the same status and any change of a cancelled order', () => {
    expect(decideSalesOrderStatusChange('OPEN', 'OPEN', 0)).toEqual({ ok: false, reason: 'The sales order is already open.' });
    expect(decideSalesOrderStatusChange('CANCELLED', 'OPEN', 0)).toMatchObject({ ok: false });
    expect(decideSalesOrderStatusChange('CANCELLED', 'COMPLETED', 0)).toMatchObject({ ok: false });
  });

  it('reads the API spelling', () => {
    expect(salesOrderStatusFromApi('completed')).toBe('COMPLETED');
    expect(salesOrderStatusFromApi('COMPLETED')).toBeNull();
  });
});
