// Reads barcodes from a camera frame or an image: the browser's BarcodeDetector
// where it reads every format we need, zxing-wasm (ZXing C++ as WebAssembly)
// otherwise. Runs in the browser and in node (tests).
//
// Offline: zxing-wasm would fetch its .wasm from a CDN by default. Here it is
// always told where to get it: the copy the portal serves from public/ at
// zxingWasmPath (the same bytes as node_modules; a unit test keeps them equal),
// or bytes handed over (node). Load this module lazily where the camera opens.

import { prepareZXingModule, readBarcodes, ZXING_WASM_VERSION, type ReaderOptions, type ReadResult, type ZXingModuleOverrides } from 'zxing-wasm/reader';

/** Formats read from the camera: those the floor meets (issue 6) and what sits beside them on labels. */
export const cameraFormats = ['Code128', 'EAN13', 'EAN8', 'UPCA', 'UPCE', 'Code39', 'QRCode', 'DataMatrix', 'PDF417'] as const;

/** The formats the native detector must read for us to use it (its names). */
export const requiredNativeFormats = ['code_128', 'ean_13', 'qr_code', 'data_matrix'] as const;

/** Where the portal serves the decoder's WASM (public/vendor/...), versioned so an upgrade is not cached stale. */
export const zxingWasmPath = `/vendor/zxing-wasm-${ZXING_WASM_VERSION}/zxing_reader.wasm`;

export type WasmSource = { url: string } | { binary: ArrayBuffer | Uint8Array };

export type DecodedBarcode = {
  /** The symbol's content, control characters (GS, RS, EOT) included. */
  text: string;
  /** zxing's format name ("Code128", "EAN13", "QRCode", "DataMatrix" ...). */
  format: string;
  /** AIM symbology identifier ("]C1" GS1-128, "]d2" GS1 Data Matrix ...), "" when unknown. */
  symbology: string;
  /** What to hand to parseScan: identifier + text, as a scanner with AIM identifiers on would type it. */
  scanText: string;
};

export type DecodeResult = { ok: true; barcodes: DecodedBarcode[] } | { ok: false; reason: string };

/** RGBA pixels, e.g. a canvas ImageData of a video frame. */
export type Pixels = { data: Uint8ClampedArray; width: number; height: number };

/** An encoded image file (PNG, JPEG ...) or pixels. */
export type ImageInput = Pixels | Uint8Array | ArrayBuffer | Blob;

/** The Emscripten overrides that make zxing-wasm load its WASM from `source` and never from the CDN. */
export function zxingOverrides(source: WasmSource): ZXingModuleOverrides {
  if ('url' in source) {
    const url = source.url;
    return { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? url : prefix + path) };
  }
  const bytes = source.binary instanceof Uint8Array ? source.binary : new Uint8Array(source.binary);
  const copy = bytes.slice().buffer as ArrayBuffer; // its own ArrayBuffer, not a view into a larger (node Buffer) pool
  // locateFile too: with wasmBinary set it is not called, but the CDN default must never be left in place.
  return { wasmBinary: copy, locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? 'zxing_reader.wasm' : prefix + path) };
}

let configured = false;

/** Where zxing-wasm gets its WASM; call once before decoding (default: the portal's own copy). */
export function configureZxing(source: WasmSource = { url: zxingWasmPath }): void {
  prepareZXingModule({ overrides: zxingOverrides(source) });
  configured = true;
}

const readerOptions: ReaderOptions = {
  formats: [...cameraFormats],
  textMode: 'Plain', // real GS/RS/EOT and no "(01)" decoration: parseScan reads both, this is the exact content
  tryHarder: true,
  maxNumberOfSymbols: 8,
};

const fromZxing = (r: ReadResult): DecodedBarcode => ({
  text: r.text,
  format: r.format,
  symbology: r.symbologyIdentifier ?? '',
  scanText: (r.symbologyIdentifier ?? '') + r.text,
});

/** Decodes with zxing-wasm. Configures the portal's own WASM path first when nobody did. */
export async function decodeWithZxing(image: ImageInput): Promise<DecodeResult> {
  if (!configured) configureZxing();
  try {
    const results = await readBarcodes(image as Parameters<typeof readBarcodes>[0], readerOptions);
    return { ok: true, barcodes: results.filter((r) => r.isValid).map(fromZxing) };
  } catch (error) {
    return { ok: false, reason: `The barcode reader could not run (${error instanceof Error ? error.message : String(error)}).` };
  }
}

/** The part of the Shape Detection API's BarcodeDetector we use. */
export type NativeBarcodeDetector = { detect(image: never): Promise<{ rawValue: string; format: string }[]> };
export type NativeBarcodeDetectorClass = {
  new (options?: { formats?: string[] }): NativeBarcodeDetector;
  getSupportedFormats(): Promise<string[]>;
};

/** The native detector only when it reads every required format (Chrome on desktop Linux has none; some read no Data Matrix). */
export const canUseNative = (supported: readonly string[] | null): boolean =>
  !!supported && requiredNativeFormats.every((f) => supported.includes(f));

const nativeFormatNames: Record<string, string> = {
  code_128: 'Code128', code_39: 'Code39', ean_13: 'EAN13', ean_8: 'EAN8', upc_a: 'UPCA', upc_e: 'UPCE', qr_code: 'QRCode', data_matrix: 'DataMatrix', pdf417: 'PDF417',
};

export type ImageDecoder = { engine: 'native' | 'zxing'; decode(image: ImageInput): Promise<DecodeResult> };

/**
 * The decoder the camera uses: native when `detectorClass` (globalThis.BarcodeDetector)
 * exists and reads our formats, zxing-wasm from `wasm` (default: the portal's copy) otherwise.
 */
export async function createImageDecoder(detectorClass?: NativeBarcodeDetectorClass | null, wasm?: WasmSource): Promise<ImageDecoder> {
  let supported: string[] | null = null;
  try {
    supported = detectorClass ? await detectorClass.getSupportedFormats() : null;
  } catch {
    supported = null;
  }
  if (detectorClass && canUseNative(supported)) {
    const formats = Object.keys(nativeFormatNames).filter((f) => supported!.includes(f));
    const detector = new detectorClass({ formats });
    return {
      engine: 'native',
      async decode(image) {
        try {
          const found = await detector.detect(image as never);
          // The native API gives no symbology identifier; parseScan recognises GS1 and labels by content.
          return { ok: true, barcodes: found.map((b) => ({ text: b.rawValue, format: nativeFormatNames[b.format] ?? b.format, symbology: '', scanText: b.rawValue })) };
        } catch (error) {
          return { ok: false, reason: `The barcode reader could not run (${error instanceof Error ? error.message : String(error)}).` };
        }
      },
    };
  }
  configureZxing(wasm);
  return { engine: 'zxing', decode: decodeWithZxing };
}
