import { describe, expect, it } from 'vitest';
import { decideStatusChange, workOrderStatusFromApi } from './work-order-status';

const idle = { inProduction: 0, enteredStock: 0 };

describe('decideStatusChange', () => {
  it('lets a lead start, reopen and complete an order whose serials have left production', () => {
    expect(decideStatusChange('OPEN', 'IN_PROGRESS', { inProduction: 5, enteredStock: 0 })).toEqual({ ok: true });
    expect(decideStatusChange('IN_PROGRESS', 'OPEN', { inProduction: 5, enteredStock: 0 })).toEqual({ ok: true });
    expect(decideStatusChange('IN_PROGRESS', 'COMPLETED', { inProduction: 0, enteredStock: 4 })).toEqual({ ok: true });
    expect(decideStatusChange('COMPLETED', 'IN_PROGRESS', idle)).toEqual({ ok: true });
  });

  it('cancels only while no serial has entered stock', () => {
    expect(decideStatusChange('OPEN', 'CANCELLED', { inProduction: 10, enteredStock: 0 })).toEqual({ ok: true });
    expect(decideStatusChange('IN_PROGRESS', 'CANCELLED', { inProduction: 9, enteredStock: 1 })).toEqual({ ok: false, reason: expect.stringMatching(/^1 of its serial has entered stock/) });
    expect(decideStatusChange('COMPLETED', 'CANCELLED', { inProduction: 0, enteredStock: 3 })).toMatchObject({ ok: false, reason: expect.stringMatching(/3 of its serials have entered stock/) });
  });

  it('refuses to complete while serials are in production, a cancelled order anything, and a no-op', () => {
    expect(decideStatusChange('IN_PROGRESS', 'COMPLETED', { inProduction: 2, enteredStock: 0 })).toMatchObject({ ok: false, reason: expect.stringMatching(/2 serials are still in production/) });
    expect(decideStatusChange('CANCELLED', 'OPEN', idle)).toMatchObject({ ok: false, reason: expect.stringMatching(/stays cancelled/) });
    expect(decideStatusChange('OPEN', 'OPEN', idle)).toMatchObject({ ok: false, reason: 'The work order is already open.' });
  });
});

describe('workOrderStatusFromApi', () => {
  it('reads the API spelling only', () => {
    expect(workOrderStatusFromApi('in_progress')).toBe('IN_PROGRESS');
    expect(workOrderStatusFromApi('IN_PROGRESS')).toBeNull();
  });
});
