// One print request end to end, for the API and the portal alike: what is
// printed (items/{sku}, locations/{code}, lots/{SKU#0002}, serials/{serial},
// work-orders/{number}), as PDF or ZPL, on the stock asked for or the Admin's
// default. Everything that can refuse does so before the first byte is sent.
import { z } from 'zod';
import { invalid, notFound } from '../errors';
import type { Actor } from '../roles/actor';
import { chooseLabelFormat } from './choose-label-format';
import type { LabelFormat } from './label-formats';
import type { Label, LabelKind, Symbology } from './label-templates';
import { loadItemLabels, loadItemLabelsByList } from './load-item-labels';
import { loadLocationLabels } from './load-location-labels';
import { loadLotLabels } from './load-lot-labels';
import { loadSerialLabels, loadSerialLabelsByList, loadWorkOrderSerialLabels } from './load-serial-labels';
import { renderLabelsPdf } from './render-labels-pdf';
import { renderLabelsZpl } from './render-labels-zpl';

export const LABEL_TARGETS = ['items', 'locations', 'lots', 'serials', 'work-orders'] as const;
export type LabelTarget = (typeof LABEL_TARGETS)[number];

const KIND_OF: Record<LabelTarget, LabelKind> = { items: 'item', locations: 'location', lots: 'lot', serials: 'serial', 'work-orders': 'serial' };

export interface PrintRequest {
  target: LabelTarget;
  /** The last path segment: "{key}.pdf" or "{key}.zpl". */
  file: string;
  format?: string | null;
  /** Another barcode than the template's: code128, qrcode or datamatrix. */
  barcode?: string | null;
  descendants?: string | null;
}

export type PrintedLabels =
  | { type: 'pdf'; filename: string; count: number; stream: NodeJS.ReadableStream }
  | { type: 'zpl'; filename: string; count: number; text: string };

/** "LDR-4.1.pdf" -> key "LDR-4.1", pdf; the key keeps its own dots. */
export function parseLabelFile(file: string): { key: string; output: 'pdf' | 'zpl' } | null {
  const match = /^(.+)\.(pdf|zpl)$/i.exec(file);
  return match ? { key: match[1], output: match[2].toLowerCase() as 'pdf' | 'zpl' } : null;
}

const symbologySchema = z.enum(['code128', 'qrcode', 'datamatrix'], { error: 'Choose a barcode: code128, qrcode or datamatrix.' });
const flagSchema = z.enum(['true', 'false', '1', '0'], { error: 'Answer descendants with true or false.' });

function load(actor: Actor, target: LabelTarget, key: string, descendants: boolean): Promise<Label[]> {
  switch (target) {
    case 'items':
      return loadItemLabels(actor, key);
    case 'locations':
      return loadLocationLabels(actor, key, { descendants });
    case 'lots':
      return loadLotLabels(actor, key);
    case 'serials':
      return loadSerialLabels(actor, key);
    case 'work-orders':
      return loadWorkOrderSerialLabels(actor, key);
  }
}

/** A file name of our own making: ASCII letters, digits, dot, dash and underscore only. */
const safeName = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);

function parseSymbology(barcode: string | null | undefined): Symbology | null {
  if (!barcode) return null;
  const parsed = symbologySchema.safeParse(barcode);
  if (!parsed.success) throw invalid('barcode', parsed.error.issues[0].message);
  return parsed.data;
}

async function render(labels: Label[], format: LabelFormat, symbology: Symbology | null, output: 'pdf' | 'zpl', name: string): Promise<PrintedLabels> {
  const printed = symbology ? labels.map((l) => ({ ...l, barcode: { ...l.barcode, symbology } })) : labels;
  const filename = `${name}-${format.id}.${output}`;
  if (output === 'zpl') return { type: 'zpl', filename, count: printed.length, text: renderLabelsZpl(printed, format) };
  return { type: 'pdf', filename, count: printed.length, stream: await renderLabelsPdf(printed, format) };
}

export async function printLabels(actor: Actor, request: PrintRequest): Promise<PrintedLabels> {
  const file = parseLabelFile(request.file);
  if (!file) throw notFound('The label');
  const symbology = parseSymbology(request.barcode);
  let descendants = false;
  if (request.descendants) {
    const parsed = flagSchema.safeParse(request.descendants);
    if (!parsed.success) throw invalid('descendants', parsed.error.issues[0].message);
    descendants = parsed.data === 'true' || parsed.data === '1';
  }
  const format = await chooseLabelFormat(KIND_OF[request.target], request.format);
  const labels = await load(actor, request.target, file.key, descendants);
  return render(labels, format, symbology, file.output, `labels-${request.target}-${safeName(file.key)}${descendants ? '-all' : ''}`);
}

/** Several items or serials picked in a list: file "items.pdf" or "serials.pdf" (or .zpl), the keys one by one. */
export async function printSelectedLabels(actor: Actor, request: { file: string; keys: string[]; format?: string | null; barcode?: string | null }): Promise<PrintedLabels> {
  const file = parseLabelFile(request.file);
  if (!file || (file.key !== 'items' && file.key !== 'serials')) throw notFound('The label');
  const symbology = parseSymbology(request.barcode);
  const format = await chooseLabelFormat(file.key === 'items' ? 'item' : 'serial', request.format);
  const labels = file.key === 'items' ? await loadItemLabelsByList(actor, request.keys) : await loadSerialLabelsByList(actor, request.keys);
  return render(labels, format, symbology, file.output, `labels-selected-${file.key}`);
}
