import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv';

describe('parseCsv', () => {
  it('reads quoted cells, doubled quotes and both line ends', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n\nlast,')).toEqual({ ok: true, rows: [['a', 'b'], ['x, y', 'say "hi"'], ['last', '']] });
  });

  it('answers a reason for an unclosed quote and for non-text, never throws', () => {
    expect(parseCsv('a,"b\nc')).toMatchObject({ ok: false });
    expect(parseCsv(undefined)).toMatchObject({ ok: false });
    expect(parseCsv('\ufeffsku\n')).toEqual({ ok: true, rows: [['sku']] });
    expect(parseCsv('')).toEqual({ ok: true, rows: [] });
  });
});
