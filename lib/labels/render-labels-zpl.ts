// Labels as ZPL II for Zebra-compatible thermal printers at 203 dpi: one
// ^XA…^XZ block per label, laid out exactly as the PDF (layout-label.ts), the
// barcode drawn by the printer itself (^BC Code 128, ^BQ QR, ^BX Data Matrix).
// Roll stock only: sheets go through an office printer and the PDF.
import { DomainError } from '../errors';
import type { LabelFormat } from './label-formats';
import type { Label } from './label-templates';
import { layoutLabel, type LabelLayout } from './layout-label';

export const ZPL_ROLL_ONLY = 'ZPL is for roll label printers: choose a roll format (roll-62x29 or roll-4x6in), or print this sheet format as PDF.';

/** Field data through ^FH: the characters ZPL reads as commands travel as hex escapes. */
export const zplField = (text: string) => `^FH_^FD${text.replace(/[_^~]/g, (c) => `_${c.charCodeAt(0).toString(16).toUpperCase()}`)}^FS`;

function barcodeCommands(layout: LabelLayout, value: string): string {
  const { x, y, height } = layout.barcode;
  const at = `^FO${x},${y}`;
  switch (layout.symbology) {
    case 'code128':
      // Mode A: the printer picks code sets (digits in pairs) as bwip-js did for the layout.
      return `${at}^BY${layout.moduleDots}^BCN,${height},N,N,N,A${zplField(value)}`;
    case 'qrcode':
      // Model 2, magnification = dots per module; "MA," = error correction M, automatic data mode.
      return `${at}^BQN,2,${layout.moduleDots}${zplField(`MA,${value}`)}`;
    case 'datamatrix':
      return `${at}^BXN,${layout.moduleDots},200${zplField(value)}`;
  }
}

export function labelZpl(label: Label, format: LabelFormat): string {
  const layout = layoutLabel(label, format.label, format.stock);
  const lines = [
    '^XA',
    '^CI28', // UTF-8 field data
    `^PW${layout.width}`,
    `^LL${layout.height}`,
    '^LH0,0',
    // Printer font 0 has no ellipsis glyph: three dots instead.
    ...layout.texts.map((t) => `^FO${t.x},${t.y}^A0N,${t.size},${t.size}^FB${t.width},1,0,L${zplField(t.text.replace(/…/g, '...'))}`),
    barcodeCommands(layout, label.barcode.value),
    '^XZ',
  ];
  return lines.join('\n');
}

export function renderLabelsZpl(labels: Label[], format: LabelFormat): string {
  if (format.stock !== 'roll') throw new DomainError('INVALID_INPUT', ZPL_ROLL_ONLY, { format: ZPL_ROLL_ONLY });
  return labels.map((label) => labelZpl(label, format)).join('\n') + '\n';
}
