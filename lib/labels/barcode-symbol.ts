// A barcode's size in modules (bwip-js encodes it without drawing) and its
// picture as a PNG for the PDF. The PNG has no margin: the layout keeps the
// quiet zone around it.
import bwipjs from 'bwip-js/node';
import type { Symbology } from './label-templates';

export interface SymbolSize {
  /** Modules across (bars and spaces of a linear code; columns of a 2D code). */
  columns: number;
  /** Rows of a 2D code; 1 for a linear code. */
  rows: number;
}

export function measureSymbol(symbology: Symbology, value: string): SymbolSize {
  const [raw] = bwipjs.raw({ bcid: symbology, text: value }) as unknown as { sbs?: number[]; pixx?: number; pixy?: number }[];
  if (raw.sbs) return { columns: raw.sbs.reduce((a, b) => a + b, 0), rows: 1 };
  return { columns: raw.pixx ?? 0, rows: raw.pixy ?? 0 };
}

/** Pixels per module in the PNG: enough that a viewer's scaling never merges bars. */
const PX_PER_MODULE = 4;

export function symbolPng(symbology: Symbology, value: string): Promise<Buffer> {
  // bwip draws a 2D module as 2 px at scale 1, a linear module as 1 px.
  const linear = symbology === 'code128';
  return bwipjs.toBuffer(
    linear
      ? { bcid: symbology, text: value, scaleX: PX_PER_MODULE, scaleY: 1, height: 4, backgroundcolor: 'FFFFFF' }
      : { bcid: symbology, text: value, scale: PX_PER_MODULE / 2, backgroundcolor: 'FFFFFF' },
  );
}
