import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import bwipjs from 'bwip-js/node';
import { ZXING_WASM_SHA256, ZXING_WASM_VERSION } from 'zxing-wasm/reader';
import { beforeAll, describe, expect, it } from 'vitest';
import { canUseNative, configureZxing, createImageDecoder, decodeWithZxing, zxingOverrides, zxingWasmPath, type NativeBarcodeDetectorClass } from './decode-image';
import { parseScan } from './parse-scan';
import { pngToRgba } from './testing/png-pixels';

const root = path.resolve(import.meta.dirname, '../..');
const wasmInPackage = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');

const eigpLabel = '[)>\x1e06\x1dP296-1234-ND\x1d1PSN74HC00N\x1dKPO-7781\x1dQ2500\x1d1TLOT42\x1d9D2231\x1d4LCN\x1d1VTexas Instruments\x1e\x04';

const png = (bcid: string, text: string, extra: Record<string, unknown> = {}) =>
  bwipjs.toBuffer({ bcid, text, scale: 3, padding: 12, backgroundcolor: 'FFFFFF', ...extra });

beforeAll(() => {
  // In node the WASM comes from node_modules by path; the browser fetches the public/ copy.
  configureZxing({ binary: readFileSync(wasmInPackage) });
});

describe('decoding generated barcodes with zxing-wasm', () => {
  const cases: [string, string, string, Record<string, unknown>?][] = [
    ['code128', 'LDR-4.1', 'Code128'],
    ['ean13', '5901234123457', 'EAN13'],
    ['qrcode', eigpLabel, 'QRCode'],
    ['datamatrix', eigpLabel, 'DataMatrix'],
  ];

  for (const [bcid, text, format, extra] of cases) {
    it(`${format}: RGBA pixels (a camera frame) round-trip the text`, async () => {
      const result = await decodeWithZxing(pngToRgba(await png(bcid, text, extra)));
      expect(result).toMatchObject({ ok: true, barcodes: [{ text, format }] });
    });

    it(`${format}: the PNG file itself decodes too`, async () => {
      const result = await decodeWithZxing(new Uint8Array(await png(bcid, text, extra)));
      expect(result).toMatchObject({ ok: true, barcodes: [{ text, format }] });
    });
  }

  it('the EIGP-114 payload read from a Data Matrix parses into label fields', async () => {
    const result = await decodeWithZxing(pngToRgba(await png('datamatrix', eigpLabel)));
    if (!result.ok) throw new Error(result.reason);
    expect(parseScan(result.barcodes[0].scanText)).toMatchObject({
      kind: 'label',
      format: 'eigp-114',
      customerPart: '296-1234-ND',
      supplierPart: 'SN74HC00N',
      purchaseOrder: 'PO-7781',
      quantity: '2500',
      lot: 'LOT42',
      dateCode: '2231',
      countryOfOrigin: 'CN',
      manufacturer: 'Texas Instruments',
    });
  });

  it('Code 128 and EAN-13 scan texts parse as plain codes', async () => {
    for (const [bcid, text] of [['code128', 'LDR-4.1'], ['ean13', '5901234123457']]) {
      const result = await decodeWithZxing(pngToRgba(await png(bcid, text)));
      if (!result.ok) throw new Error(result.reason);
      expect(parseScan(result.barcodes[0].scanText)).toMatchObject({ kind: 'code', code: text });
    }
  });

  it('a GS1 Data Matrix carries its identifier, so the element string reads as GS1', async () => {
    const result = await decodeWithZxing(pngToRgba(await png('gs1datamatrix', '(01)09501101530003(10)ABC123(30)25')));
    if (!result.ok) throw new Error(result.reason);
    expect(result.barcodes[0]).toMatchObject({ symbology: ']d2', text: '010950110153000310ABC123\x1d3025' });
    expect(parseScan(result.barcodes[0].scanText)).toMatchObject({ kind: 'label', format: 'gs1', gtin: '09501101530003', lot: 'ABC123', quantity: '25' });
  });

  it('an image without a barcode decodes to nothing, and garbage bytes do not throw', async () => {
    const blank = { data: new Uint8ClampedArray(64 * 64 * 4).fill(255), width: 64, height: 64 };
    expect(await decodeWithZxing(blank)).toEqual({ ok: true, barcodes: [] });
    const garbage = await decodeWithZxing(new Uint8Array([1, 2, 3, 4, 5]));
    expect(garbage.ok ? garbage.barcodes : []).toEqual([]);
  });
});

describe('serving the WASM from our own origin', () => {
  it('public/ holds the same WASM as the installed zxing-wasm, at the path the browser asks for', () => {
    const served = path.join(root, 'public', zxingWasmPath);
    let bytes: Buffer;
    try {
      bytes = readFileSync(served);
    } catch {
      throw new Error(`missing ${served}: run  mkdir -p ${path.dirname(served)} && cp ${wasmInPackage} ${served}  (and delete the old version's folder)`);
    }
    expect(zxingWasmPath).toBe(`/vendor/zxing-wasm-${ZXING_WASM_VERSION}/zxing_reader.wasm`);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(ZXING_WASM_SHA256);
  });

  it('the overrides point every .wasm request at our path, never the CDN', () => {
    const overrides = zxingOverrides({ url: zxingWasmPath });
    expect(overrides.locateFile?.('zxing_reader.wasm', 'https://cdn.example/')).toBe(zxingWasmPath);
    expect(overrides.locateFile?.('other.js', '/x/')).toBe('/x/other.js');
    const fromBytes = zxingOverrides({ binary: new Uint8Array([0, 97, 115, 109]) });
    expect(new Uint8Array(fromBytes.wasmBinary as ArrayBuffer)).toEqual(new Uint8Array([0, 97, 115, 109]));
    expect(fromBytes.locateFile?.('zxing_reader.wasm', 'https://cdn.example/')).not.toMatch(/^https?:/);
  });
});

describe('choosing the decoder', () => {
  const fakeDetector = (formats: string[], found: { rawValue: string; format: string }[] = []): NativeBarcodeDetectorClass =>
    class {
      static getSupportedFormats = async () => formats;
      detect = async () => found;
    } as unknown as NativeBarcodeDetectorClass;

  it('native only when it reads Code 128, EAN-13, QR and Data Matrix', () => {
    expect(canUseNative(null)).toBe(false);
    expect(canUseNative(['code_128', 'ean_13', 'qr_code'])).toBe(false);
    expect(canUseNative(['code_128', 'ean_13', 'qr_code', 'data_matrix', 'pdf417'])).toBe(true);
  });

  it('uses the browser detector when it can, and maps its format names', async () => {
    const decoder = await createImageDecoder(fakeDetector(['code_128', 'ean_13', 'qr_code', 'data_matrix'], [{ rawValue: 'LDR-4.1', format: 'code_128' }]));
    expect(decoder.engine).toBe('native');
    expect(await decoder.decode(new Uint8Array())).toEqual({ ok: true, barcodes: [{ text: 'LDR-4.1', format: 'Code128', symbology: '', scanText: 'LDR-4.1' }] });
  });

  it('falls back to zxing-wasm without a detector or with one that misses a format', async () => {
    const binary = readFileSync(wasmInPackage);
    expect((await createImageDecoder(undefined, { binary })).engine).toBe('zxing');
    const partial = await createImageDecoder(fakeDetector(['qr_code']), { binary });
    expect(partial.engine).toBe('zxing');
    expect(await partial.decode(pngToRgba(await png('code128', 'LDR-4.1')))).toMatchObject({ ok: true, barcodes: [{ text: 'LDR-4.1' }] });
  });
});
