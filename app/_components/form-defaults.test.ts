import { describe, expect, it } from 'vitest';
import { formDefaults } from './form-defaults';

describe('form defaults', () => {
  it("shows a record's values as text, lists joined with commas, and what the user typed over them", () => {
    const record = { name: 'Reel', cost: 0.5, supplierPartNumbers: ['497-1-ND', '511-X'], note: null, nested: { a: 1 } };
    expect(formDefaults(record, undefined)).toEqual({ name: 'Reel', cost: '0.5', supplierPartNumbers: '497-1-ND, 511-X', note: '' });
    expect(formDefaults(record, { name: 'Typed' }).name).toBe('Typed');
  });
});
