import { describe, expect, it } from 'vitest';
import { transitNumberOf } from './transit-path';

describe('transit number in the path', () => {
  it('passes what could be a number and answers 404 for what cannot', () => {
    expect(transitNumberOf('TRN-000001')).toBe('TRN-000001');
    expect(transitNumberOf('trn-1')).toBe('trn-1');
    for (const bad of ['', 'x'.repeat(41), 'TRN 1', 'TRN/1', '%00']) expect(() => transitNumberOf(bad), bad).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
