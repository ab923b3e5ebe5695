// 2D labels read into named fields: ECIA EIGP-114 (ANSI MH10.8.2 data
// identifiers in an ISO/IEC 15434 "[)>" RS "06" envelope) and GS1 element
// strings. Every field read is kept in `fields`; the first occurrence of a
// supported identifier fills its named property.

import { parseRawGs1, type Gs1Element } from './gs1-element-string';
import { EOT, GS, RS, canonicalQuantity } from './scan-text';

export type LabelFields = {
  /** EIGP P (customer part number; distributors put their own order code here) · GS1 (241). */
  customerPart?: string;
  /** EIGP 1P: supplier part number, usually the manufacturer part number. */
  supplierPart?: string;
  /** EIGP 1V: manufacturer. */
  manufacturer?: string;
  /** EIGP Q · GS1 (30) count, (37) count of trade items; one spelling ("25", "2.5"), absent when not a number. */
  quantity?: string;
  /** EIGP 1T lot code · GS1 (10) batch/lot. */
  lot?: string;
  /** EIGP 9D or 10D date code, as printed (usually YYWW). */
  dateCode?: string;
  /** EIGP 4L country of origin (ISO 3166 alpha-2). */
  countryOfOrigin?: string;
  /** EIGP K customer purchase order · GS1 (400). */
  purchaseOrder?: string;
  /** EIGP 4K customer purchase order line. */
  purchaseOrderLine?: string;
  /** EIGP 1K supplier's order number. */
  salesOrder?: string;
  /** EIGP 11K packing list number. */
  packingList?: string;
  /** EIGP S · GS1 (21) serial number. */
  serial?: string;
  /** EIGP 3S/4S/5S package ID · GS1 (00) SSCC. */
  packageId?: string;
  /** EIGP 2P revision. */
  revision?: string;
  /** EIGP 6D ship date (YYYYMMDD). */
  shipDate?: string;
  /** GS1 (01) GTIN (or (02) GTIN of contained items). */
  gtin?: string;
  /** GS1 (11) production date (YYMMDD). */
  productionDate?: string;
  /** GS1 (17) expiry date (YYMMDD). */
  expiryDate?: string;
};

export type LabelField = { id: string; value: string };
type FieldName = keyof LabelFields;

/** Supported EIGP-114 / MH10.8.2 data identifiers. */
export const eigpIdentifiers: Record<string, FieldName> = {
  P: 'customerPart', '1P': 'supplierPart', '1V': 'manufacturer', Q: 'quantity', '1T': 'lot', '9D': 'dateCode', '10D': 'dateCode',
  '4L': 'countryOfOrigin', K: 'purchaseOrder', '4K': 'purchaseOrderLine', '1K': 'salesOrder', '11K': 'packingList', S: 'serial',
  '3S': 'packageId', '4S': 'packageId', '5S': 'packageId', '2P': 'revision', '6D': 'shipDate',
};

/** Supported GS1 application identifiers. */
export const gs1Identifiers: Record<string, FieldName> = {
  '00': 'packageId', '01': 'gtin', '02': 'gtin', '10': 'lot', '11': 'productionDate', '17': 'expiryDate', '21': 'serial',
  '30': 'quantity', '37': 'quantity', '241': 'customerPart', '400': 'purchaseOrder',
};

export type ReadLabel = ({ ok: true; format: 'eigp-114' | 'gs1'; fields: LabelField[] } & LabelFields) | { ok: false; reason: 'label_separators_missing' | 'label_malformed' };

function named(fields: LabelField[], table: Record<string, FieldName>): LabelFields {
  const out: LabelFields = {};
  for (const { id, value } of fields) {
    const name = table[id];
    if (!name || out[name] !== undefined || value === '') continue;
    if (name === 'quantity') {
      const q = canonicalQuantity(value);
      if (q !== null) out.quantity = q;
    } else out[name] = value;
  }
  return out;
}

const gs1Fields = (elements: Gs1Element[]): LabelField[] => elements.map((e) => ({ id: e.ai, value: e.value }));

export function readGs1Label(elements: Gs1Element[]): ReadLabel {
  const fields = gs1Fields(elements);
  return { ok: true, format: 'gs1', fields, ...named(fields, gs1Identifiers) };
}

// A data identifier: up to three digits, then the category letter.
const dataIdentifier = /^(\d{0,3}[A-Z])([\s\S]*)$/;
const maxFields = 100;

/**
 * `text` starts with "[)>" and has real control characters (stand-ins already
 * restored). Format 06 is read as data identifiers, format 05 as GS1; other
 * formats in the envelope are skipped. A missing RS or EOT is forgiven; missing
 * GS is not, because fields cannot be told apart without it.
 */
export function readEnvelope(text: string): ReadLabel {
  const body = text.slice(3).replace(new RegExp(`[${RS}${EOT}]+$`), '');
  const fields: LabelField[] = [];
  const gs1: LabelField[] = [];
  for (const segment of body.split(RS)) {
    if (segment === '') continue;
    const format = segment.slice(0, 2);
    const rest = segment.slice(2);
    if (!/^\d\d$/.test(format)) return { ok: false, reason: 'label_malformed' };
    if (rest !== '' && !rest.startsWith(GS)) return { ok: false, reason: 'label_separators_missing' };
    if (format === '05') {
      const elements = parseRawGs1(rest);
      if (!elements) return { ok: false, reason: 'label_malformed' };
      gs1.push(...gs1Fields(elements));
      continue;
    }
    if (format !== '06') continue;
    for (const part of rest.split(GS)) {
      if (part === '') continue;
      const m = dataIdentifier.exec(part);
      if (!m) continue; // a field we cannot read does not spoil the others
      if (fields.length >= maxFields) return { ok: false, reason: 'label_malformed' };
      fields.push({ id: m[1], value: m[2].trim() });
    }
  }
  if (!fields.length && !gs1.length) return { ok: false, reason: 'label_malformed' };
  const values = { ...named(gs1, gs1Identifiers), ...named(fields, eigpIdentifiers) };
  return { ok: true, format: fields.length ? 'eigp-114' : 'gs1', fields: [...fields, ...gs1], ...values };
}
