import { describe, expect, it } from 'vitest';
import { outcomeText, refusalByLine } from './review-text';

const line = (over: object = {}) => ({ index: 0, code: 'X', kind: 'item' as const, sku: 'X', name: 'X', unit: 'pcs', quantity: '6', from: 'CHI-A-01-B1', lots: [{ batch: '#0001', quantity: '4' }, { batch: '#0002', quantity: '2' }], error: null, ...over });

describe('Review words', () => {
  it('says which lots FIFO takes from where', () => {
    expect(outcomeText(line(), 'sales', null, 'CHI-A-01-B1')).toBe('Takes #0001 × 4, #0002 × 2 from CHI-A-01-B1 (oldest first).');
    expect(outcomeText(line({ lots: [{ batch: '#0003', quantity: '1' }], from: 'MKE-QA' }), 'sales', null, null)).toBe('Takes #0003 × 1 from MKE-QA.');
    expect(outcomeText(line({ error: 'Nope.' }), 'sales', null, null)).toBeNull();
  });

  it('says what a receipt and a count book', () => {
    expect(outcomeText(line({ lots: [], from: null }), 'general', 'receive', 'CHI-A-01-B2')).toBe('Into a new batch at CHI-A-01-B2.');
    expect(outcomeText(line({ lots: [] }), 'general', 'count', 'CHI-A-01-B1')).toBe('Matches the stock at CHI-A-01-B1; nothing to book.');
    expect(outcomeText(line({ lots: [{ batch: 'new', quantity: '3' }] }), 'general', 'count', 'CHI-A-01-B1')).toBe('Books the difference at CHI-A-01-B1: +3 as a new batch.');
    expect(outcomeText(line({ lots: [{ batch: '#0001', quantity: '-2' }] }), 'general', 'count', 'CHI-A-01-B1')).toBe('Books the difference at CHI-A-01-B1: -2 from #0001.');
  });

  it('puts a refusal’s errors on their lines and the rest on top', () => {
    const several = refusalByLine({ ok: false, message: '2 lines need attention; nothing was posted.', fieldErrors: { 'lines.1': 'Unknown code "NOPE".', 'lines.3.quantity': 'Enter a whole number.' } });
    expect([...several.lines]).toEqual([
      [1, 'Unknown code "NOPE".'],
      [3, 'Enter a whole number.'],
    ]);
    expect(several.general).toEqual(['2 lines need attention; nothing was posted.']);
    expect(refusalByLine({ ok: false, message: 'Only 1 pcs open.', fieldErrors: { 'lines.0': 'Only 1 pcs open.' } }).general).toEqual([]);
    expect(refusalByLine({ ok: false, message: 'Unknown sales order "SO-9".', fieldErrors: { target: 'Unknown sales order "SO-9".' } }).general).toEqual(['Unknown sales order "SO-9".']);
    expect(refusalByLine({ ok: false, message: 'You do not have permission to do that.' }).general).toEqual(['You do not have permission to do that.']);
    expect(refusalByLine(null)).toEqual({ lines: new Map(), general: [] });
  });
});
