// Label stock the portal prints on: single labels on a roll (thermal printers,
// 203 dpi) and sheets of labels for office printers. Sizes in millimetres.
import { z } from 'zod';

export interface LabelFormat {
  id: LabelFormatId;
  title: string;
  /** A roll prints one label per page (and can speak ZPL); a sheet places many on a page. */
  stock: 'roll' | 'sheet';
  page: { width: number; height: number };
  label: { width: number; height: number };
  columns: number;
  rows: number;
  /** Top-left corner of the first label on the page, and the pitch to the next one. */
  origin: { x: number; y: number };
  pitch: { x: number; y: number };
}

const INCH = 25.4;

export const LABEL_FORMATS = {
  'roll-62x29': {
    title: '62 × 29 mm roll',
    stock: 'roll',
    page: { width: 62, height: 29 },
    label: { width: 62, height: 29 },
    columns: 1,
    rows: 1,
    origin: { x: 0, y: 0 },
    pitch: { x: 62, y: 29 },
  },
  'roll-4x6in': {
    title: '4 × 6 in roll',
    stock: 'roll',
    page: { width: 4 * INCH, height: 6 * INCH },
    label: { width: 4 * INCH, height: 6 * INCH },
    columns: 1,
    rows: 1,
    origin: { x: 0, y: 0 },
    pitch: { x: 4 * INCH, y: 6 * INCH },
  },
  // A4 3×8 (70 × 37 mm, no gaps; the 0.5 mm left over top and bottom).
  'a4-3x8': {
    title: 'A4 sheet, 3 × 8 (70 × 37 mm)',
    stock: 'sheet',
    page: { width: 210, height: 297 },
    label: { width: 70, height: 37 },
    columns: 3,
    rows: 8,
    origin: { x: 0, y: 0.5 },
    pitch: { x: 70, y: 37 },
  },
  // Avery 5160: 2⅝ × 1 in, 3 across with ⅛ in gaps, ½ in top margin, 3⁄16 in side margin.
  'letter-30up': {
    title: 'US Letter sheet, 30-up (Avery 5160, 2⅝ × 1 in)',
    stock: 'sheet',
    page: { width: 8.5 * INCH, height: 11 * INCH },
    label: { width: 2.625 * INCH, height: INCH },
    columns: 3,
    rows: 10,
    origin: { x: 0.1875 * INCH, y: 0.5 * INCH },
    pitch: { x: 2.75 * INCH, y: INCH },
  },
} as const satisfies Record<string, Omit<LabelFormat, 'id'>>;

export type LabelFormatId = keyof typeof LABEL_FORMATS;
export const LABEL_FORMAT_IDS = Object.keys(LABEL_FORMATS) as LabelFormatId[];

export const labelFormatSchema = z.enum(LABEL_FORMAT_IDS as [LabelFormatId, ...LabelFormatId[]], {
  error: `Choose one of the label formats: ${LABEL_FORMAT_IDS.join(', ')}.`,
});

export function labelFormat(id: LabelFormatId): LabelFormat {
  return { id, ...LABEL_FORMATS[id] };
}

/** Thermal label printers print at 203 dots per inch; every size on a roll is a whole number of dots. */
export const PRINTER_DPI = 203;
export const DOT_MM = INCH / PRINTER_DPI;
export const mmToDots = (mm: number) => Math.round(mm / DOT_MM);
/** The narrowest bar a 203 dpi head prints reliably: 2 dots (0.25 mm). Sheets keep the same floor so one label scans alike anywhere. */
export const MIN_MODULE_DOTS = 2;
export const MM_TO_PT = 72 / INCH;
