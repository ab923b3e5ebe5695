import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleScans, characterOf, classifyBurst, createScanAssembler, type KeyStroke } from './burst';
import { MAX_SCAN_LENGTH, parseScan } from './parse-scan';

/** Key events for `text` typed from `start`, `gaps` ms apart (a number or one per key), then Enter. */
function keys(text: string, start: number, gaps: number | number[], enter = true): KeyStroke[] {
  const out: KeyStroke[] = [];
  let at = start;
  [...text].forEach((key, i) => {
    if (i > 0) at += Array.isArray(gaps) ? gaps[i - 1] : gaps;
    out.push({ key, at });
  });
  if (enter) out.push({ key: 'Enter', at: at + (Array.isArray(gaps) ? gaps[gaps.length - 1] ?? 10 : gaps) });
  return out;
}

describe('telling a scanner from a person', () => {
  it('a fast burst with Enter is one scan from a scanner', () => {
    const [scan] = assembleScans(keys('LDR-4.1', 1000, 8));
    expect(scan).toMatchObject({ text: 'LDR-4.1', source: 'scanner', typed: '', scanned: 'LDR-4.1' });
    expect(scan.averageGapMs).toBe(8);
  });

  it('typing is a person, even a fast typist', () => {
    expect(assembleScans(keys('LDR-4.1', 1000, 140))[0]).toMatchObject({ text: 'LDR-4.1', source: 'human', typed: 'LDR-4.1', scanned: '' });
    expect(assembleScans(keys('LDR-4.1', 1000, 60))[0]).toMatchObject({ source: 'human' });
  });

  it('a fast burst shorter than 4 characters is a person (a quick "25" + Enter)', () => {
    expect(assembleScans(keys('25', 0, 10))[0]).toMatchObject({ source: 'human', text: '25' });
    expect(assembleScans(keys('ABC', 0, 10))[0]).toMatchObject({ source: 'human' });
    expect(assembleScans(keys('ABCD', 0, 10))[0]).toMatchObject({ source: 'scanner' });
  });

  it('the boundary is the average: 34 ms is a scanner, 35 ms is not', () => {
    expect(assembleScans(keys('ABCDEF', 0, 34))[0].source).toBe('scanner');
    expect(assembleScans(keys('ABCDEF', 0, 35))[0].source).toBe('human');
    // One slow gap inside a fast burst: the average decides while no gap exceeds the pause limit.
    expect(assembleScans(keys('ABCDEFGH', 0, [5, 5, 90, 5, 5, 5, 5, 5]))[0].source).toBe('scanner');
  });

  it('a quantity typed by hand before a scan stays in front: "25*" then a burst', () => {
    const strokes = [...keys('25*', 0, 180, false), ...keys('LDR-4.1', 2000, 6)];
    const [scan] = assembleScans(strokes);
    expect(scan).toMatchObject({ text: '25*LDR-4.1', source: 'scanner', typed: '25*', scanned: 'LDR-4.1' });
    expect(parseScan(scan.text)).toMatchObject({ kind: 'code', code: 'LDR-4.1', quantity: '25' });
  });

  it('a burst followed by an Enter pressed later by a person is not a scanner (the scanner would send Enter itself)', () => {
    const strokes = [...keys('LDR-4.1', 0, 6, false), { key: 'Enter', at: 900 }];
    expect(assembleScans(strokes)[0]).toMatchObject({ source: 'human', text: 'LDR-4.1' });
  });

  it('assembles one scan per Enter, each classified by itself', () => {
    const strokes = [...keys('LDR-4.1', 0, 7), ...keys('25', 3000, 150), ...keys('CHI-A-01-B1', 8000, 12)];
    expect(assembleScans(strokes).map((s) => [s.text, s.source])).toEqual([
      ['LDR-4.1', 'scanner'],
      ['25', 'human'],
      ['CHI-A-01-B1', 'scanner'],
    ]);
  });

  it('ignores an Enter with nothing before it, modifier keys and shortcuts', () => {
    const strokes: KeyStroke[] = [
      { key: 'Enter', at: 0 },
      { key: 'Shift', at: 100 },
      { key: 'L', at: 101 },
      { key: 'Shift', at: 103 },
      { key: 'D', at: 106 },
      { key: 'v', at: 108, metaKey: true },
      { key: 'R', at: 111 },
      { key: 'ArrowLeft', at: 112 },
      { key: '1', at: 116 },
      { key: 'Enter', at: 120 },
    ];
    expect(assembleScans(strokes)).toEqual([{ text: 'LDR1', source: 'scanner', typed: '', scanned: 'LDR1', averageGapMs: (120 - 101) / 4 }]);
  });

  it('Backspace takes back the last character', () => {
    const strokes: KeyStroke[] = [...keys('LDX', 0, 200, false), { key: 'Backspace', at: 700 }, ...keys('R', 900, 0)];
    expect(assembleScans(strokes)[0]).toMatchObject({ text: 'LDR', source: 'human' });
  });

  it('reads Ctrl+] Ctrl+^ Ctrl+D as GS RS EOT, so a 2D label typed by a scanner parses', () => {
    const label: KeyStroke[] = [];
    let at = 0;
    const type = (key: string, ctrlKey = false) => label.push({ key, at: (at += 4), ctrlKey });
    for (const ch of '[)>') type(ch);
    type('^', true);
    for (const ch of '06') type(ch);
    type(']', true);
    for (const ch of '1PSN74HC00N') type(ch);
    type(']', true);
    for (const ch of 'Q25') type(ch);
    type('^', true);
    type('d', true);
    type('Enter');
    const [scan] = assembleScans(label);
    expect(scan.source).toBe('scanner');
    expect(parseScan(scan.text)).toMatchObject({ kind: 'label', supplierPart: 'SN74HC00N', quantity: '25' });
  });

  it('AltGr (Ctrl+Alt) types its character; Alt alone and other Ctrl shortcuts type nothing', () => {
    expect(characterOf({ key: '@', at: 0, ctrlKey: true, altKey: true })).toBe('@');
    expect(characterOf({ key: 'a', at: 0, altKey: true })).toBeNull();
    expect(characterOf({ key: 'c', at: 0, ctrlKey: true })).toBeNull();
    expect(characterOf({ key: 'é', at: 0 })).toBe('é');
    expect(characterOf({ key: '🔧', at: 0 })).toBe('🔧');
    expect(characterOf({ key: '', at: 0 })).toBeNull();
  });

  it('a Tab terminator when the scanner is set to send one', () => {
    expect(assembleScans(keys('LDR-4.1', 0, 5, false).concat({ key: 'Tab', at: 40 }), { terminators: ['Enter', 'Tab'] })[0]).toMatchObject({ source: 'scanner', text: 'LDR-4.1' });
  });

  it('timestamps that go backwards or are not numbers read as pauses (a person)', () => {
    expect(assembleScans(keys('ABCDEF', 1000, -5))[0].source).toBe('human');
    expect(classifyBurst(['A', 'B', 'C', 'D'], [NaN, NaN, NaN, NaN], NaN)).toMatchObject({ source: 'human', text: 'ABCD' });
  });

  it('keeps one character past the scan limit so the parser says "too long"', () => {
    const [scan] = assembleScans(keys('A'.repeat(MAX_SCAN_LENGTH + 50), 0, 1));
    expect(scan.text.length).toBe(MAX_SCAN_LENGTH + 1);
    expect(parseScan(scan.text)).toMatchObject({ kind: 'invalid', reason: 'too_long' });
  });
});

describe('scanners without a terminator (idle submit)', () => {
  it('a burst idle for idleSubmitMs is a scan; typing is left pending', () => {
    const assembler = createScanAssembler({ idleSubmitMs: 80 });
    for (const k of keys('LDR-4.1', 0, 6, false)) assembler.push(k);
    expect(assembler.flush(60)).toBeNull(); // 24 ms after the last key: maybe more is coming
    expect(assembler.flush(200)).toMatchObject({ text: 'LDR-4.1', source: 'scanner' });
    expect(assembler.pending()).toBe('');
    for (const k of keys('25', 1000, 150, false)) assembler.push(k);
    expect(assembler.flush(5000)).toBeNull();
    expect(assembler.pending()).toBe('25');
    assembler.reset();
    expect(assembler.pending()).toBe('');
  });

  it('is off by default', () => {
    const assembler = createScanAssembler();
    for (const k of keys('LDR-4.1', 0, 6, false)) assembler.push(k);
    expect(assembler.flush(10_000)).toBeNull();
  });
});

describe('properties', () => {
  const code = fc.stringMatching(/^[A-Za-z0-9\-./]{4,40}$/);

  it('any code typed by a scanner (gaps under 30 ms, jittered) comes back whole as a scanner scan', () => {
    fc.assert(
      fc.property(code, fc.array(fc.integer({ min: 0, max: 29 }), { minLength: 40, maxLength: 40 }), fc.nat(1e9), (c, gaps, start) => {
        const [scan] = assembleScans(keys(c, start, gaps.slice(0, c.length)));
        expect(scan).toMatchObject({ text: c, source: 'scanner', scanned: c });
      }),
    );
  });

  it('any code typed by a person (gaps 50 to 400 ms) comes back whole as typed', () => {
    fc.assert(
      fc.property(code, fc.array(fc.integer({ min: 50, max: 400 }), { minLength: 40, maxLength: 40 }), (c, gaps) => {
        const [scan] = assembleScans(keys(c, 0, gaps.slice(0, c.length)));
        expect(scan).toMatchObject({ text: c, source: 'human', typed: c });
      }),
    );
  });

  it('never throws on any sequence of key events', () => {
    const stroke = fc.record(
      {
        key: fc.oneof(fc.constantFrom('Enter', 'Backspace', 'Shift', 'Tab', ']', 'd', '^'), fc.string({ maxLength: 3 })),
        at: fc.oneof(fc.double(), fc.integer()),
        ctrlKey: fc.boolean(),
        altKey: fc.boolean(),
        metaKey: fc.boolean(),
      },
      { requiredKeys: ['key', 'at'] },
    );
    fc.assert(
      fc.property(fc.array(stroke, { maxLength: 60 }), fc.double(), (strokes, now) => {
        const assembler = createScanAssembler({ idleSubmitMs: 50 });
        for (const s of strokes) assembler.push(s);
        assembler.flush(now);
      }),
    );
  });
});
