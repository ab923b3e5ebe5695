import { describe, expect, it } from 'vitest';
import { labelFormat, mmToDots } from './label-formats';
import { itemLabel, lotLabel, serialLabel } from './label-templates';
import { labelZpl, renderLabelsZpl, zplField } from './render-labels-zpl';

const item = itemLabel({ sku: 'LDR-4.1', name: 'Light-dependent resistor', barcode: null });
const lot = lotLabel({ sku: 'LDR-4.1', itemName: 'Light-dependent resistor', batchNumber: 2, receivedAt: new Date('2026-03-05T10:00:00Z') });
const serial = serialLabel({ serial: 'GW-2026-00017', sku: 'GW-100', productName: 'Gateway' });

describe('labels as ZPL', () => {
  it('one ^XA…^XZ block per label, sized in 203 dpi dots for the roll', () => {
    const zpl = renderLabelsZpl([item, lot, serial], labelFormat('roll-62x29'));
    const blocks = zpl.trim().split(/\n(?=\^XA)/);
    expect(blocks).toHaveLength(3);
    for (const block of blocks) {
      expect(block.startsWith('^XA\n^CI28\n')).toBe(true);
      expect(block.endsWith('^XZ')).toBe(true);
      expect(block).toContain(`^PW${mmToDots(62)}`);
      expect(block).toContain(`^LL${mmToDots(29)}`);
    }
    expect(mmToDots(62)).toBe(496);
    expect(labelZpl(item, labelFormat('roll-4x6in'))).toMatch(/\^PW812\n\^LL1218\n/);
  });

  it('prints the same text and barcode value as the PDF, Code 128 by ^BC with a module of at least 2 dots', () => {
    const zpl = labelZpl(lot, labelFormat('roll-62x29'));
    expect(zpl).toContain('^FH_^FDLDR-4.1 #0002^FS');
    expect(zpl).toContain('^FH_^FDReceived 2026-03-05^FS');
    const bar = /\^FO(\d+),(\d+)\^BY(\d+)\^BCN,(\d+),N,N,N,A\^FH_\^FDLDR-4.1#0002\^FS/.exec(zpl);
    expect(bar).not.toBeNull();
    const [, x, y, module, height] = bar!.map(Number);
    expect(module).toBeGreaterThanOrEqual(2);
    expect(x).toBeGreaterThanOrEqual(10 * module);
    expect(y + height).toBeLessThanOrEqual(232);
  });

  it('QR by ^BQ, Data Matrix by ^BX, each with its module in dots', () => {
    expect(labelZpl({ ...serial, barcode: { ...serial.barcode, symbology: 'qrcode' } }, labelFormat('roll-62x29'))).toMatch(/\^BQN,2,\d+\^FH_\^FDMA,GW-2026-00017\^FS/);
    expect(labelZpl({ ...serial, barcode: { ...serial.barcode, symbology: 'datamatrix' } }, labelFormat('roll-62x29'))).toMatch(/\^BXN,\d+,200\^FH_\^FDGW-2026-00017\^FS/);
  });

  it('escapes the characters ZPL reads as commands', () => {
    expect(zplField('A^B~C_D')).toBe('^FH_^FDA_5EB_7EC_5FD^FS');
  });

  it('refuses sheet formats: ZPL is for roll printers', () => {
    for (const id of ['a4-3x8', 'letter-30up'] as const) {
      expect(() => renderLabelsZpl([item], labelFormat(id))).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', fieldErrors: { format: expect.stringContaining('roll') } }));
    }
  });
});

describe('ZPL text', () => {
  it('cuts an overlong line with three dots (printer font 0 has no ellipsis glyph)', () => {
    const long = itemLabel({ sku: 'LDR-4.1', name: 'x'.repeat(300), barcode: null });
    const zpl = labelZpl(long, labelFormat('roll-62x29'));
    expect(zpl).toMatch(/\^FDx+\.\.\.\^FS/);
    expect(zpl).not.toContain('…');
  });
});
