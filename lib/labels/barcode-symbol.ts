// A barcode encoded once by bwip-js (its modules, without drawing) and turned
// into a 1-bit PNG for the PDF: the layout measures the same encoding the
// picture is made from. The PNG has no margin: the layout keeps the quiet zone.
import { deflateSync } from 'node:zlib';
import bwipjs from 'bwip-js/node';
import type { Symbology } from './label-templates';

export interface EncodedSymbol {
  /** Modules across (bars and spaces of a linear code; columns of a 2D code). */
  columns: number;
  /** Rows of a 2D code; 1 for a linear code. */
  rows: number;
  /** Dark modules, row by row (columns × rows). */
  dark: Uint8Array;
}

// A print job encodes each value twice (layout, then picture) and often repeats values; a bounded memo.
const memo = new Map<string, EncodedSymbol>();
const MEMO_LIMIT = 5000;

export function encodeSymbol(symbology: Symbology, value: string): EncodedSymbol {
  const key = `${symbology}\u0000${value}`;
  const known = memo.get(key);
  if (known) return known;
  const [raw] = bwipjs.raw({ bcid: symbology, text: value }) as unknown as { sbs?: number[]; pixs?: number[]; pixx?: number; pixy?: number }[];
  let encoded: EncodedSymbol;
  if (raw.sbs) {
    // Widths alternate bar, space, bar ... starting with a bar.
    const columns = raw.sbs.reduce((a, b) => a + b, 0);
    const dark = new Uint8Array(columns);
    let x = 0;
    raw.sbs.forEach((w, i) => {
      if (i % 2 === 0) dark.fill(1, x, x + w);
      x += w;
    });
    encoded = { columns, rows: 1, dark };
  } else {
    encoded = { columns: raw.pixx ?? 0, rows: raw.pixy ?? 0, dark: Uint8Array.from(raw.pixs ?? []) };
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, encoded);
  return encoded;
}

export const measureSymbol = (symbology: Symbology, value: string) => {
  const { columns, rows } = encodeSymbol(symbology, value);
  return { columns, rows };
};

/** Pixels per module in the PNG: enough that a viewer's scaling never merges bars. */
const PX_PER_MODULE = 4;
/** A linear code's picture is a few pixels tall; the PDF stretches it to the bar height. */
const LINEAR_HEIGHT_PX = 4;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** 1-bit greyscale PNG of the symbol (0 = black), each module PX_PER_MODULE pixels square. */
export function symbolPng(symbology: Symbology, value: string): Buffer {
  const { columns, rows, dark } = encodeSymbol(symbology, value);
  const width = columns * PX_PER_MODULE;
  const moduleRows = symbology === 'code128' ? 1 : rows;
  const pxPerRow = symbology === 'code128' ? LINEAR_HEIGHT_PX : PX_PER_MODULE;
  const stride = Math.ceil(width / 8);
  const line = Buffer.alloc(stride);
  const lines: Buffer[] = [];
  for (let r = 0; r < moduleRows; r++) {
    line.fill(0xff);
    for (let c = 0; c < columns; c++) {
      if (!dark[r * columns + c]) continue;
      for (let p = c * PX_PER_MODULE; p < (c + 1) * PX_PER_MODULE; p++) line[p >> 3] &= ~(0x80 >> (p & 7));
    }
    const filtered = Buffer.concat([Buffer.from([0]), line]);
    for (let k = 0; k < pxPerRow; k++) lines.push(filtered);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(moduleRows * pxPerRow, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(lines))), chunk('IEND', Buffer.alloc(0))]);
}
