// Where everything goes on one label, in printer dots (203 dpi), shared by the
// PDF and the ZPL output so both print the same thing. The barcode decides
// first: its module is a whole number of dots, never below 2 (0.25 mm), and
// the text shrinks around it, never the barcode.
import { MIN_MODULE_DOTS, mmToDots } from './label-formats';
import { measureSymbol } from './barcode-symbol';
import type { Label, Symbology } from './label-templates';

export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Character height in dots. */
  size: number;
  bold: boolean;
}

export interface LabelLayout {
  width: number;
  height: number;
  symbology: Symbology;
  /** True when Code 128 was asked for but could not fit at the minimum module: printed as Data Matrix. */
  switchedToDataMatrix: boolean;
  moduleDots: number;
  columns: number;
  rows: number;
  /** The symbol itself; its quiet zone is kept clear around it. */
  barcode: { x: number; y: number; width: number; height: number };
  texts: PlacedText[];
}

/** ISO quiet zones in modules: Code 128 needs 10X each side, QR 4X, Data Matrix 1X (2 kept for safety). */
const QUIET_ZONE: Record<Symbology, number> = { code128: 10, qrcode: 4, datamatrix: 2 };
const MAX_MODULE_DOTS = 6;
/** DejaVu Sans averages about this width per character of its height (bold a bit wider): used to shrink text to fit. */
const CHAR_WIDTH = { regular: 0.6, bold: 0.66 };
const MIN_TEXT_DOTS = 12;

/** The text at the largest size up to `size` that fits `width`; cut with an ellipsis if even the smallest does not. */
export function fitText(text: string, width: number, size: number, bold: boolean): { text: string; size: number } {
  const per = bold ? CHAR_WIDTH.bold : CHAR_WIDTH.regular;
  const fitting = Math.floor(width / (Math.max(text.length, 1) * per));
  if (fitting >= MIN_TEXT_DOTS) return { text, size: Math.min(size, fitting) };
  const chars = Math.max(1, Math.floor(width / (MIN_TEXT_DOTS * per)));
  return { text: text.length <= chars ? text : `${text.slice(0, chars - 1)}…`, size: MIN_TEXT_DOTS };
}

/** A long line (an item's name) split in two at the space nearest its middle, when shrinking it to one line would make it hard to read. */
function wrapLine(line: string, width: number, size: number): string[] {
  const one = fitText(line, width, size, false);
  if (one.size >= size * 0.7 || !line.includes(' ')) return [line];
  const middle = line.length / 2;
  let cut = -1;
  for (let i = line.indexOf(' '); i >= 0; i = line.indexOf(' ', i + 1)) if (cut < 0 || Math.abs(i - middle) < Math.abs(cut - middle)) cut = i;
  return [line.slice(0, cut), line.slice(cut + 1)];
}

function stackTexts(label: Label, x: number, y: number, width: number, titleSize: number, lineSize: number, wrap: boolean): { texts: PlacedText[]; bottom: number } {
  const texts: PlacedText[] = [];
  let at = y;
  const title = fitText(label.title, width, titleSize, true);
  texts.push({ ...title, x, y: at, width, bold: true });
  at += title.size + Math.round(title.size * 0.15);
  for (const line of label.lines) {
    const pieces = (wrap ? wrapLine(line, width, lineSize) : [line]).map((piece) => fitText(piece, width, lineSize, false));
    // The halves of a wrapped line share one size.
    const size = Math.min(...pieces.map((p) => p.size));
    for (const piece of pieces) {
      texts.push({ text: piece.text, size, x, y: at, width, bold: false });
      at += size + Math.round(size * 0.12);
    }
  }
  return { texts, bottom: at };
}

export function layoutLabel(label: Label, sizeMm: { width: number; height: number }, stock: 'roll' | 'sheet'): LabelLayout {
  const width = mmToDots(sizeMm.width);
  const height = mmToDots(sizeMm.height);
  // Sheets sit edge to edge on the page and printers do not reach the very edge: a wider margin there.
  const pad = mmToDots(stock === 'sheet' ? 2 : 1.5);
  const innerW = width - 2 * pad;
  const innerH = height - 2 * pad;
  const titleSize = Math.round(Math.min(Math.max(height * 0.14, 24), 88));
  const lineSize = Math.round(Math.min(Math.max(height * 0.095, 16), 52));
  const valueSize = Math.round(Math.min(Math.max(height * 0.075, MIN_TEXT_DOTS), 36));
  // Labels of 29 mm and taller have room for a long name on two lines; a 1 in label keeps its bars tall instead.
  const wrap = height >= mmToDots(29);

  if (label.barcode.symbology === 'code128') {
    const { columns } = measureSymbol('code128', label.barcode.value);
    const moduleDots = Math.min(MAX_MODULE_DOTS, Math.floor(innerW / (columns + 2 * QUIET_ZONE.code128)));
    if (moduleDots >= MIN_MODULE_DOTS) {
      const value = fitText(label.barcode.value, innerW, valueSize, false);
      const barWidth = columns * moduleDots;
      const gap = Math.round(valueSize * 0.3);
      // Bars take what the text leaves, at most 50 mm (a 4×6 in label has room to spare); wrapped lines may not squeeze them below 40 %.
      const barsUnder = (stack: { bottom: number }) => Math.min(innerH - (stack.bottom - pad) - value.size - 2 * gap, mmToDots(50));
      let stacked = stackTexts(label, pad, pad, innerW, titleSize, lineSize, wrap);
      if (wrap && barsUnder(stacked) < Math.min(innerH * 0.4, mmToDots(50))) stacked = stackTexts(label, pad, pad, innerW, titleSize, lineSize, false);
      const barHeight = barsUnder(stacked);
      const barY = stacked.bottom + gap;
      const x = pad + Math.floor((innerW - barWidth) / 2);
      const texts = [...stacked.texts, { ...value, x: pad, y: barY + barHeight + gap, width: innerW, bold: false }];
      return { width, height, symbology: 'code128', switchedToDataMatrix: false, moduleDots, columns, rows: 1, barcode: { x, y: barY, width: barWidth, height: barHeight }, texts };
    }
    // Too long for Code 128 at 0.25 mm per bar on this label: a Data Matrix carries the same value in a small square.
    return { ...layout2d(label, 'datamatrix', width, height, pad, titleSize, lineSize, valueSize, wrap), switchedToDataMatrix: true };
  }
  return layout2d(label, label.barcode.symbology, width, height, pad, titleSize, lineSize, valueSize, wrap);
}

function layout2d(label: Label, symbology: Symbology, width: number, height: number, pad: number, titleSize: number, lineSize: number, valueSize: number, wrap: boolean): LabelLayout {
  const { columns, rows } = measureSymbol(symbology, label.barcode.value);
  const quiet = QUIET_ZONE[symbology];
  const innerW = width - 2 * pad;
  const innerH = height - 2 * pad;
  const base = { width, height, symbology, switchedToDataMatrix: false, columns, rows };
  if (height >= width) {
    // Tall label: text on top, the square below it, centred.
    const stacked = stackTexts(label, pad, pad, innerW, titleSize, lineSize, wrap);
    const value = fitText(label.barcode.value, innerW, valueSize, false);
    const room = Math.min(innerW, innerH - (stacked.bottom - pad) - value.size);
    const moduleDots = Math.min(MAX_MODULE_DOTS * 2, Math.floor(room / (Math.max(columns, rows) + 2 * quiet)));
    if (moduleDots < MIN_MODULE_DOTS) throw new Error(`barcode value too long for this label: ${label.barcode.value.length} characters`);
    const side = { w: columns * moduleDots, h: rows * moduleDots };
    const y = stacked.bottom + quiet * moduleDots;
    const x = pad + Math.floor((innerW - side.w) / 2);
    const texts = [...stacked.texts, { ...value, x: pad, y: y + side.h + quiet * moduleDots, width: innerW, bold: false }];
    return { ...base, moduleDots, barcode: { x, y, width: side.w, height: side.h }, texts };
  }
  // Wide label: the square on the left, as tall as the label allows, text beside it.
  const moduleDots = Math.min(MAX_MODULE_DOTS, Math.floor(innerH / (Math.max(columns, rows) + 2 * quiet)));
  if (moduleDots < MIN_MODULE_DOTS) throw new Error(`barcode value too long for this label: ${label.barcode.value.length} characters`);
  const side = { w: columns * moduleDots, h: rows * moduleDots };
  const x = pad + quiet * moduleDots;
  const y = pad + Math.floor((innerH - side.h) / 2);
  const textX = x + side.w + quiet * moduleDots;
  const textW = width - pad - textX;
  const stacked = stackTexts(label, textX, pad, textW, titleSize, lineSize, wrap);
  const value = fitText(label.barcode.value, textW, valueSize, false);
  const texts = [...stacked.texts, { ...value, x: textX, y: Math.max(stacked.bottom, height - pad - value.size), width: textW, bold: false }];
  return { ...base, moduleDots, barcode: { x, y, width: side.w, height: side.h }, texts };
}
