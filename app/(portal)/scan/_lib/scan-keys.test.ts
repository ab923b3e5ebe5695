import { describe, expect, it } from 'vitest';
import { createScanAssembler } from '@/lib/scan/burst';
import { parseScan } from '@/lib/scan/parse-scan';
import { quantityStep, scanTextOf, swallowsKey, typesCharacter } from './scan-keys';

describe('the scan box keyboard', () => {
  it('keeps the browser off a scanner’s label separators, not off ordinary shortcuts', () => {
    expect(swallowsKey({ key: ']', ctrlKey: true })).toBe(true);
    expect(swallowsKey({ key: '^', ctrlKey: true })).toBe(true);
    expect(swallowsKey({ key: 'd', ctrlKey: true })).toBe(true);
    expect(swallowsKey({ key: 'D', ctrlKey: true })).toBe(true);
    expect(swallowsKey({ key: 'c', ctrlKey: true })).toBe(false);
    expect(swallowsKey({ key: 'd' })).toBe(false);
    // AltGr (Ctrl+Alt) types characters on many layouts; Cmd+D is the Mac's own.
    expect(swallowsKey({ key: ']', ctrlKey: true, altKey: true })).toBe(false);
    expect(swallowsKey({ key: 'd', ctrlKey: true, metaKey: true })).toBe(false);
    expect(typesCharacter({ key: 'A' })).toBe(true);
    expect(typesCharacter({ key: 'Shift' })).toBe(false);
    expect(typesCharacter({ key: 'v', ctrlKey: true })).toBe(false);
  });

  it('a bag label typed by a scanner keeps its GS/RS/EOT, which the box cannot show', () => {
    const assembler = createScanAssembler();
    const label = '[)>\x1e06\x1dPCBA-CTRL-R3\x1dQ25\x1e\x04';
    const keyOf = (ch: string) => ({ '\x1d': { key: ']', ctrlKey: true }, '\x1e': { key: '^', ctrlKey: true }, '\x04': { key: 'd', ctrlKey: true } })[ch] ?? { key: ch };
    let at = 0;
    let box = '';
    for (const ch of label) {
      const stroke = keyOf(ch);
      assembler.push({ ...stroke, at: (at += 5) });
      if (!swallowsKey(stroke)) box += ch;
    }
    const done = assembler.push({ key: 'Enter', at: at + 5 });
    const text = scanTextOf(done?.text ?? null, box);
    expect(text).toBe(label);
    expect(parseScan(text)).toMatchObject({ kind: 'label', quantity: '25' });
  });

  it('uses the box when it shows something else than the keys (a paste, a phone keyboard)', () => {
    expect(scanTextOf(null, 'CON-USB-C')).toBe('CON-USB-C');
    expect(scanTextOf('CON-USB', 'CON-USB-C')).toBe('CON-USB-C');
    expect(scanTextOf('25*CON-USB-C', '25*CON-USB-C')).toBe('25*CON-USB-C');
  });

  it('the Qty step takes a positive number from the box', () => {
    expect(quantityStep('25')).toBe('25');
    expect(quantityStep(' 2,5 ')).toBe('2.5');
    expect(quantityStep('0')).toBeNull();
    expect(quantityStep('CON-USB-C')).toBeNull();
    expect(quantityStep('')).toBeNull();
  });
});
