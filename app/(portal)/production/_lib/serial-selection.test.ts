import { describe, expect, it } from 'vitest';
import { bulkSummary, chosenSerials, MAX_SELECTED, parseBulkSelection, splitSerials } from './serial-selection';

const form = (fields: [string, string][]) => {
  const fd = new FormData();
  for (const [k, v] of fields) fd.append(k, v);
  return fd;
};

describe('serial selection', () => {
  it('splits typed text on whitespace, commas and semicolons', () => {
    expect(splitSerials(' A-1,A-2;A-3\nA-4\t A-5 ,, ')).toEqual(['A-1', 'A-2', 'A-3', 'A-4', 'A-5']);
    expect(splitSerials('   ')).toEqual([]);
  });

  it('joins ticked boxes and typed text once each, case-insensitively, in the order sent', () => {
    const fd = form([
      ['serials', 'PRD-1'],
      ['serials', 'PRD-2'],
      ['serialsText', 'prd-2 PRD-3\nPRD-1, PRD-4'],
    ]);
    expect(chosenSerials(fd, ['serials', 'serialsText'])).toEqual(['PRD-1', 'PRD-2', 'PRD-3', 'PRD-4']);
    expect(chosenSerials(fd, ['nothing'])).toEqual([]);
  });

  it('needs a ticked serial, at most 200, and a storage unit to approve into', () => {
    expect(parseBulkSelection(form([]), 'advance')).toEqual({ ok: false, message: 'Tick at least one serial number.', fieldErrors: { serial: 'Tick at least one serial number.' } });
    expect(parseBulkSelection(form([['serial', 'S-1']]), 'advance')).toEqual({ ok: true, serials: ['S-1'], location: '' });
    expect(parseBulkSelection(form([['serial', 'S-1'], ['location', '  ']]), 'approve')).toMatchObject({ ok: false, fieldErrors: { location: 'Choose the storage unit to approve into.' } });
    expect(parseBulkSelection(form([['serial', 'S-1'], ['serial', 'S-1'], ['location', ' MKE-QA ']]), 'approve')).toEqual({ ok: true, serials: ['S-1'], location: 'MKE-QA' });
    const many = form(Array.from({ length: MAX_SELECTED + 1 }, (_, i) => ['serial', `S-${i}`] as [string, string]));
    expect(parseBulkSelection(many, 'advance')).toMatchObject({ ok: false, fieldErrors: { serial: 'Choose at most 200 serial numbers at a time.' } });
  });

  it('sums up a bulk run, saying when some were refused', () => {
    expect(bulkSummary('advance', [{ serial: 'A', ok: true, message: '' }])).toBe('1 of 1 serial advanced.');
    expect(
      bulkSummary('approve', [
        { serial: 'A', ok: true, message: '' },
        { serial: 'B', ok: false, message: 'no' },
        { serial: 'C', ok: false, message: 'no' },
      ]),
    ).toBe('1 of 3 serials approved into stock; 2 refused (reasons below).');
  });
});
