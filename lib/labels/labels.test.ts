// Every template on every label stock, rendered to PDF and read back: the text
// by pdftotext, the barcode by rasterising at 300 dpi and decoding (zbarimg for
// Code 128 and QR; zxing-wasm for Data Matrix, which Debian's zbar does not read).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureZxing, decodeWithZxing } from '../scan/decode-image';
import { LABEL_FORMAT_IDS, labelFormat, MIN_MODULE_DOTS, mmToDots } from './label-formats';
import { itemLabel, locationLabel, lotLabel, serialLabel, type Label, type Symbology } from './label-templates';
import { fitText, layoutLabel } from './layout-label';
import { renderLabelsPdf } from './render-labels-pdf';

const dir = mkdtempSync(path.join(tmpdir(), 'qm-labels-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => configureZxing({ binary: readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm')) }));

async function pdfOf(labels: Label[], formatId: (typeof LABEL_FORMAT_IDS)[number]): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await renderLabelsPdf(labels, labelFormat(formatId))) chunks.push(Buffer.from(chunk as Buffer));
  const file = path.join(dir, `${formatId}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, Buffer.concat(chunks));
  return file;
}
const textOf = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
const pagesOf = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
function rasterise(pdf: string, page = 1): string {
  const prefix = path.join(dir, path.basename(pdf, '.pdf'));
  execFileSync('pdftoppm', ['-r', '300', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdf, prefix]);
  return `${prefix}.png`;
}
function zbar(png: string): string[] {
  try {
    return execFileSync('zbarimg', ['-q', '--raw', png], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n');
  } catch {
    return []; // exit 4: nothing found
  }
}

const item = itemLabel({ sku: 'LDR-4.1', name: 'Light-dependent resistor 4.1 kΩ', barcode: null });
const location = locationLabel({ code: 'CHI-A-01-B1', name: 'Bin 1', barcode: null, path: ['Chicago plant', 'Aisle A', 'Shelf 01'] });
const lot = lotLabel({ sku: 'LDR-4.1', itemName: 'Light-dependent resistor 4.1 kΩ', batchNumber: 2, receivedAt: new Date('2026-03-05T10:00:00Z') });
const serial = serialLabel({ serial: 'GW-2026-00017', sku: 'GW-100', productName: 'Gateway' });

describe('label templates', () => {
  it('carry what the scanning workflows resolve', () => {
    expect(item.barcode).toEqual({ value: 'LDR-4.1', symbology: 'code128' });
    expect(itemLabel({ sku: 'A-1', name: 'A', barcode: '4006381333931' }).barcode.value).toBe('4006381333931');
    expect(location.barcode.value).toBe('CHI-A-01-B1');
    expect(locationLabel({ code: 'CHI-A', name: 'A', barcode: 'LOC-77', path: [] }).barcode.value).toBe('LOC-77');
    expect(lot).toMatchObject({ title: 'LDR-4.1 #0002', barcode: { value: 'LDR-4.1#0002' } });
    expect(lot.lines).toContain('Received 2026-03-05');
    expect(serial).toMatchObject({ title: 'GW-2026-00017', lines: ['Gateway', 'GW-100'], barcode: { value: 'GW-2026-00017' } });
  });
});

describe('label layout', () => {
  it('never prints Code 128 bars narrower than 2 dots (0.25 mm at 203 dpi), quiet zones inside the label', () => {
    for (const id of LABEL_FORMAT_IDS) {
      const f = labelFormat(id);
      for (const label of [item, location, lot, serial]) {
        const layout = layoutLabel(label, f.label, f.stock);
        expect(layout.moduleDots, id).toBeGreaterThanOrEqual(MIN_MODULE_DOTS);
        expect(layout.barcode.width).toBe(layout.columns * layout.moduleDots);
        expect(layout.barcode.x - 10 * layout.moduleDots, id).toBeGreaterThanOrEqual(0);
        expect(layout.barcode.x + layout.barcode.width + 10 * layout.moduleDots, id).toBeLessThanOrEqual(layout.width);
        expect(layout.barcode.y + layout.barcode.height, id).toBeLessThanOrEqual(layout.height);
      }
    }
  });

  it('switches a value too long for Code 128 at that width to Data Matrix', () => {
    const long = itemLabel({ sku: 'CABLE-ASSY-HARNESS-REV-C-0001', name: 'Harness', barcode: null });
    const f = labelFormat('letter-30up');
    const layout = layoutLabel(long, f.label, f.stock);
    expect(layout).toMatchObject({ symbology: 'datamatrix', switchedToDataMatrix: true });
    expect(layout.moduleDots).toBeGreaterThanOrEqual(MIN_MODULE_DOTS);
    // The wide 4×6 in label still takes it as Code 128.
    expect(layoutLabel(long, labelFormat('roll-4x6in').label, 'roll').symbology).toBe('code128');
  });

  it('shrinks text to fit and cuts it with an ellipsis only below the smallest size', () => {
    expect(fitText('LDR-4.1', 400, 32, true)).toEqual({ text: 'LDR-4.1', size: 32 });
    expect(fitText('x'.repeat(40), 400, 32, false).size).toBe(16);
    const cut = fitText('x'.repeat(200), 400, 32, false);
    expect(cut.size).toBe(12);
    expect(cut.text.endsWith('…')).toBe(true);
  });
});

describe('labels as PDF', () => {
  it.each(LABEL_FORMAT_IDS)('%s: every template prints its text, at the stock size', async (id) => {
    const pdf = await pdfOf([item, location, lot, serial], id);
    const text = textOf(pdf);
    for (const expected of ['LDR-4.1', 'Light-dependent resistor 4.1 kΩ', 'CHI-A-01-B1', 'Bin 1', 'Chicago plant › Aisle A › Shelf 01', 'LDR-4.1 #0002', 'Received 2026-03-05', 'LDR-4.1#0002', 'GW-2026-00017', 'Gateway', 'GW-100']) {
      expect(text, `${id}: ${expected}`).toContain(expected);
    }
    const f = labelFormat(id);
    expect(pagesOf(pdf)).toBe(f.stock === 'roll' ? 4 : 1);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))!;
    expect(Number(size[1])).toBeCloseTo((f.page.width * 72) / 25.4, 0);
    expect(Number(size[2])).toBeCloseTo((f.page.height * 72) / 25.4, 0);
  });

  it('a sheet fills page after page', async () => {
    const pdf = await pdfOf(Array.from({ length: 31 }, (_, i) => serialLabel({ serial: `SN-${i}`, sku: 'GW-100', productName: 'Gateway' })), 'letter-30up');
    expect(pagesOf(pdf)).toBe(2);
  });

  const scans: [string, Label, Symbology][] = [
    ['Code 128 lot on a 62×29 mm roll', lot, 'code128'],
    ['Code 128 storage unit on an A4 sheet', location, 'code128'],
    ['QR serial on a 62×29 mm roll', { ...serial, barcode: { ...serial.barcode, symbology: 'qrcode' } }, 'qrcode'],
  ];
  it.each(scans)('%s scans back to its value (zbarimg at 300 dpi)', async (_name, label) => {
    const pdf = await pdfOf([label], _name.includes('A4') ? 'a4-3x8' : 'roll-62x29');
    expect(zbar(rasterise(pdf))).toContain(label.barcode.value);
  });

  it('Data Matrix (asked for, and the fallback for a long value) scans back (zxing-wasm at 300 dpi)', async () => {
    const asked = { ...item, barcode: { ...item.barcode, symbology: 'datamatrix' as const } };
    const long = itemLabel({ sku: 'CABLE-ASSY-HARNESS-REV-C-0001', name: 'Harness', barcode: null });
    for (const [label, formatId] of [[asked, 'roll-62x29'], [long, 'letter-30up']] as const) {
      const png = rasterise(await pdfOf([label], formatId));
      const result = await decodeWithZxing(new Uint8Array(readFileSync(png)));
      expect(result, formatId).toMatchObject({ ok: true, barcodes: [{ text: label.barcode.value, format: 'DataMatrix' }] });
    }
  });
});

describe('long lines', () => {
  it('wrap a long name onto two lines of one size on labels of 29 mm and taller, not on a 1 in sheet label', () => {
    const long = itemLabel({ sku: 'LDR-4.1', name: 'Light-dependent resistor 4.1 kOhm with a very long name indeed', barcode: null });
    const roll = layoutLabel(long, labelFormat('roll-62x29').label, 'roll');
    const lines = roll.texts.filter((t) => !t.bold).slice(0, 2);
    expect(lines.map((t) => t.text)).toEqual(['Light-dependent resistor 4.1 kOhm', 'with a very long name indeed']);
    expect(lines[0].size).toBe(lines[1].size);
    expect(roll.barcode.height).toBeGreaterThan(mmToDots(8));
    const sheet = layoutLabel(long, labelFormat('letter-30up').label, 'sheet');
    expect(sheet.texts.filter((t) => !t.bold)[0].text).toBe(long.lines[0]);
  });
});
