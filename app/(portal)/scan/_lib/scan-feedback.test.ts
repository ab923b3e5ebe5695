import { describe, expect, it } from 'vitest';
import { addedMessage, availabilityText, lineVerdict, placeMessage } from './scan-feedback';
import type { LineInfo } from './scan-session';
import type { PreviewResult } from './results';

const info: LineInfo = { kind: 'item', sku: 'PCBA-CTRL-R3', name: 'Controller board', unit: 'pcs', batch: null, serial: null, status: null, available: '24', availableHere: null, locations: [{ code: 'MKE-QA', quantity: '20' }, { code: 'MKE', quantity: '4' }], supplierLot: null };
const outcome = (error: string | null) => ({ index: 0, code: 'X', kind: 'item' as const, sku: 'X', name: 'X', unit: 'pcs', quantity: '1', from: 'MKE-QA', lots: [], error });
const preview = (...errors: (string | null)[]): PreviewResult => ({ ok: true, preview: { target: null, location: null, to: null, lines: errors.map((e, index) => ({ ...outcome(e), index })), ok: errors.every((e) => !e) } });

describe('what a scan is told', () => {
  it('the new line’s own error refuses it; other lines’ errors do not', () => {
    expect(lineVerdict(preview(null, 'Only 10 pcs of X are still open on this order.'), 1)).toEqual({ ok: false, message: 'Only 10 pcs of X are still open on this order.' });
    expect(lineVerdict(preview('X is not at MKE-QA.', null), 1)).toEqual({ ok: true });
  });

  it('a refused session: the new line’s field refuses it, anything else leaves it in with the reason', () => {
    expect(lineVerdict({ ok: false, message: 'Enter a whole number.', fieldErrors: { 'lines.2.quantity': 'Enter a whole number.' } }, 2)).toEqual({ ok: false, message: 'Enter a whole number.' });
    expect(lineVerdict({ ok: false, message: 'Enter a whole number.', fieldErrors: { 'lines.0.quantity': 'Enter a whole number.' } }, 2)).toEqual({ ok: true, unchecked: 'Enter a whole number.' });
    expect(lineVerdict({ ok: false, message: 'Sales order SO-1 is completed.', fieldErrors: { target: 'Sales order SO-1 is completed.' } }, 0)).toMatchObject({ ok: true });
    // lines.1 must not read as lines.10.
    expect(lineVerdict({ ok: false, message: 'x', fieldErrors: { 'lines.10': 'x' } }, 1)).toMatchObject({ ok: true });
    expect(lineVerdict(null, 0)).toMatchObject({ ok: true, unchecked: expect.stringContaining('Review') });
  });

  it('says what was scanned, how much and what is available where', () => {
    expect(addedMessage(info, '4', false, null)).toBe('Added Controller board (PCBA-CTRL-R3) × 4 pcs. 24 pcs available: MKE-QA 20, MKE 4.');
    expect(addedMessage({ ...info, availableHere: '20' }, '5', true, 'MKE-QA')).toBe('Controller board (PCBA-CTRL-R3): now 5 pcs. 20 pcs at MKE-QA, 24 in all.');
    const gateway: LineInfo = { ...info, kind: 'serial', sku: 'PRD-GATEWAY-100', name: 'Gateway 100', serial: 'GW-0004', status: 'in_stock', unit: null, locations: [{ code: 'MKE-QA', quantity: '1' }] };
    expect(addedMessage(gateway, '1', false, null)).toBe('Added Gateway 100 (PRD-GATEWAY-100 serial GW-0004). In stock at MKE-QA.');
    expect(availabilityText({ ...info, available: '0', locations: [] }, null)).toBe('0 pcs available.');
    expect(placeMessage('Taking from', { code: 'MKE-QA', name: 'QA shelf' })).toBe('Taking from MKE-QA (QA shelf).');
  });
});
