import { describe, expect, it } from 'vitest';
import { checkSerialPattern, DEFAULT_SERIAL_PATTERN, exampleSerial, renderPattern, serialsOf } from './serial-pattern';

const at = new Date('2026-03-01T12:00:00Z');

describe('checkSerialPattern', () => {
  it('takes the default and patterns with one sequence, upper-casing what was typed', () => {
    expect(checkSerialPattern(DEFAULT_SERIAL_PATTERN)).toEqual({ ok: true, pattern: DEFAULT_SERIAL_PATTERN });
    expect(checkSerialPattern(' prd-{yyyy}-{seq:6} ')).toEqual({ ok: true, pattern: 'PRD-{YYYY}-{SEQ:6}' });
    expect(checkSerialPattern('GW/{SEQ}')).toEqual({ ok: true, pattern: 'GW/{SEQ}' });
    expect(checkSerialPattern('{SEQ:3}_X')).toMatchObject({ ok: true });
    expect(checkSerialPattern('A{SEQ:9}')).toMatchObject({ ok: true });
  });

  it.each([
    ['', /leave it empty/],
    ['PRD-{YYYY}', /exactly one \{SEQ\}/],
    ['{SEQ}-{SEQ:4}', /exactly one/],
    ['PRD-{SEQ:2}', /3 to 9 digits/],
    ['PRD-{SEQ:10}', /3 to 9 digits/],
    ['PRD-{MM}-{SEQ}', /\{MM\} is not a pattern token/],
    ['{SKU:3}-{SEQ}', /not a pattern token/],
    ['PRD {SEQ}', /only letters/],
    ['PRD.{SEQ}', /only letters/],
    ['PRD-{SEQ', /exactly one/],
    [`${'A'.repeat(60)}{SEQ}`, /At most 60/],
  ])('refuses %j', (typed, reason) => {
    const check = checkSerialPattern(typed);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(reason);
  });
});

describe('renderPattern and serialsOf', () => {
  it('fills SKU and year around the padded sequence; the counter is named by the text around it', () => {
    const r = renderPattern(null, 'prd-gateway-100', at);
    expect(r).toEqual({ sequenceName: 'serial:PRD-GATEWAY-100-2026-', prefix: 'PRD-GATEWAY-100-2026-', suffix: '', width: 6 });
    expect(serialsOf(r, 123, 2)).toEqual(['PRD-GATEWAY-100-2026-000123', 'PRD-GATEWAY-100-2026-000124']);
  });

  it('keeps text after the sequence in the counter name, and {SEQ} pads to six', () => {
    const r = renderPattern('{SEQ}/{YYYY}', 'X', at);
    expect(r.sequenceName).toBe('serial:{SEQ}/2026');
    expect(serialsOf(r, 7, 1)).toEqual(['000007/2026']);
  });

  it('shares one counter between products whose patterns render alike', () => {
    expect(renderPattern('PRD-{YYYY}-{SEQ:6}', 'A', at).sequenceName).toBe(renderPattern('PRD-{YYYY}-{SEQ:4}', 'B', at).sequenceName);
  });

  it('grows wider past the padding instead of wrapping', () => {
    expect(serialsOf(renderPattern('S{SEQ:3}', 'X', at), 999, 2)).toEqual(['S999', 'S1000']);
  });

  it('shows an example', () => {
    expect(exampleSerial(null, 'pcb-1', at)).toBe('PCB-1-2026-000001');
  });
});
