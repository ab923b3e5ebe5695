import { describe, expect, it } from 'vitest';
import { centsOf, formatCents } from './report';
import { tableLayout } from './report-pdf';

describe('report table layout', () => {
  it('pads cells to their widths, right-aligns numbers and wraps long cells onto more lines of the same row', () => {
    const layout = tableLayout([
      { header: 'Key', width: 30 },
      { header: 'Qty', width: 10, align: 'right' },
      { header: 'Note', width: 150 },
    ]);
    const [key, qty] = layout.chars;
    const value = 'inventory.lowStockDefault.is.a.very.long.setting.key.beyond.one.line';
    const lines = layout.format([value, '12', 'short']);
    expect(lines.length).toBeGreaterThan(1);
    // Each line's key cell is at most its width, broken after a dot, and the pieces give the value back.
    expect(lines.map((l) => l.slice(0, key).trimEnd()).join('')).toBe(value);
    expect(lines.every((l) => l.slice(0, key).trimEnd().endsWith('.') || l === lines[lines.length - 1])).toBe(true);
    expect(lines[0].slice(key + 1)).toBe(`${'12'.padStart(qty)} short`);
    expect(lines.slice(1).every((l) => l.length <= key)).toBe(true);
    expect(layout.format(['', '', ''])).toEqual(['']);
  });
});

describe('money totals', () => {
  it('adds cents exactly, negative values included', () => {
    expect(formatCents(centsOf('0.1') + centsOf('0.2'))).toBe('0.30');
    expect(formatCents(centsOf('-10.05') + centsOf('2'))).toBe('-8.05');
    expect(centsOf(null)).toBe(0n);
  });
});
