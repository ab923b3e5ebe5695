import { describe, expect, it } from 'vitest';
import { domainFilter, filterParams } from './inventory-filter-params';
import { initialValues, previewSource } from './move-kinds';
import { formFieldErrors, movementInput } from './movement-form-input';

describe('movement form input', () => {
  it('leaves out blank optional fields and the kind, keeps required ones even when blank', () => {
    expect(movementInput('receive', { kind: 'receive', sku: 'LDR-4.1', to: '', quantity: '5', supplier: '', unitCost: ' ', note: 'n', idempotencyKey: 'k', refNumber: '' })).toEqual({
      sku: 'LDR-4.1',
      to: '',
      quantity: '5',
      note: 'n',
      idempotencyKey: 'k',
    });
  });

  it('turns the reference number into the reference the kind posts against', () => {
    expect(movementInput('receive', { sku: 'A', refNumber: ' PO-42 ' }).reference).toEqual({ kind: 'purchase_order', number: 'PO-42' });
    expect(movementInput('consume', { sku: 'A', refNumber: 'WO-7' }).reference).toEqual({ kind: 'work_order', number: 'WO-7' });
    expect(movementInput('transfer', { sku: 'A', refNumber: 'X' })).toEqual({ sku: 'A' });
  });

  it('shows reference errors next to the reference field', () => {
    expect(formFieldErrors({ 'reference.number': 'Too long', quantity: 'Enter a number.' })).toEqual({ refNumber: 'Too long', quantity: 'Enter a number.' });
  });
});

describe('movement kinds', () => {
  it('previews only movements that take stock out, from the right place and status', () => {
    expect(previewSource('transfer', { from: 'CHI' })).toEqual({ location: 'CHI', status: 'available' });
    expect(previewSource('adjust', { direction: 'down', location: 'MKE' })).toEqual({ location: 'MKE', status: 'available' });
    expect(previewSource('adjust', { direction: 'up', location: 'MKE' })).toBeNull();
    expect(previewSource('status', { location: 'MKE', fromStatus: 'on_hold' })).toEqual({ location: 'MKE', status: 'on_hold' });
    expect(previewSource('receive', { to: 'CHI' })).toBeNull();
    expect(previewSource('set-quantity', { location: 'CHI' })).toBeNull();
  });

  it('prefills from the links of the item and location pages', () => {
    const p = { sku: 'LDR-4.1', from: 'CHI', to: '', location: '' };
    expect(initialValues('transfer', p)).toMatchObject({ sku: 'LDR-4.1', from: 'CHI', to: '' });
    expect(initialValues('adjust', p)).toMatchObject({ location: 'CHI', direction: 'down', reason: '' });
    expect(initialValues('receive', { ...p, from: '', to: 'MKE' })).toMatchObject({ to: 'MKE' });
  });
});

describe('inventory filter params', () => {
  it('keeps non-empty filter params only and reads a datetime-local "as of" as UTC', () => {
    const p = filterParams({ groupBy: 'location', search: ' res ', kind: '', cursor: 'abc', asOf: '2026-01-05T10:30', lowStock: 'true' });
    expect(p).toEqual({ groupBy: 'location', search: 'res', asOf: '2026-01-05T10:30', lowStock: 'true' });
    expect(domainFilter(p).asOf).toBe('2026-01-05T10:30Z');
    expect(domainFilter({ asOf: '2026-01-05' }).asOf).toBe('2026-01-05');
  });
});
