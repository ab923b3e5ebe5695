import { describe, expect, it } from 'vitest';
import { resolveRequestOf, scanSessionRequestOf } from './scan-request';

describe('what the scan actions accept', () => {
  it('keeps the known text fields in one order, whatever order they came in', () => {
    const a = scanSessionRequestOf({ idempotencyKey: 'k', lines: [{ quantity: '2', code: 'X' }], location: 'MKE-QA', target: 'SO-1', workflow: 'sales', extra: 'dropped' });
    const b = scanSessionRequestOf({ workflow: 'sales', target: 'SO-1', location: 'MKE-QA', lines: [{ code: 'X', quantity: '2' }], idempotencyKey: 'k' });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a).toEqual({ workflow: 'sales', target: 'SO-1', location: 'MKE-QA', lines: [{ code: 'X', quantity: '2' }], idempotencyKey: 'k' });
  });

  it('drops empty and non-text values; a blank quantity is no quantity', () => {
    expect(scanSessionRequestOf({ workflow: 'general', action: '', to: 5, lines: [{ code: 'X', quantity: ' ' }, null, { code: 7 }] })).toEqual({ workflow: 'general', lines: [{ code: 'X' }, { code: '' }, { code: '' }] });
    expect(scanSessionRequestOf(null)).toEqual({});
    expect(scanSessionRequestOf({ lines: 'X' })).toEqual({});
    expect(resolveRequestOf({ code: 'X', location: '' })).toEqual({ code: 'X' });
    expect(resolveRequestOf({ code: 'X', location: 'MKE-QA' })).toEqual({ code: 'X', location: 'MKE-QA' });
    expect(resolveRequestOf(undefined)).toEqual({ code: '' });
  });
});
