// What each kind of label says and which barcode it carries. The barcode value
// is exactly what the scanning workflows resolve (lib/scan/lookup-codes.ts):
// an item's barcode or SKU, a storage unit's barcode or code, "SKU#0002" for a
// lot, the serial number itself.
export type LabelKind = 'item' | 'location' | 'lot' | 'serial';
export type Symbology = 'code128' | 'qrcode' | 'datamatrix';

export interface Label {
  kind: LabelKind;
  /** The large first line (SKU, storage unit code, lot, serial). */
  title: string;
  /** Smaller lines under it; empty ones are left out. */
  lines: string[];
  barcode: { value: string; symbology: Symbology };
}

/** The barcode each template prints unless asked for another (Code 128 reads on every scanner). */
export const TEMPLATE_SYMBOLOGY: Record<LabelKind, Symbology> = {
  item: 'code128',
  location: 'code128',
  lot: 'code128',
  serial: 'code128',
};

/** Batches are numbered per item and printed with four digits: 2 -> "#0002". */
export const batchNumberText = (n: number) => `#${String(n).padStart(4, '0')}`;
export const lotCode = (sku: string, batchNumber: number) => `${sku}${batchNumberText(batchNumber)}`;

const lines = (...texts: (string | null | undefined)[]) => texts.filter((t): t is string => !!t && t.trim() !== '');

export function itemLabel(item: { sku: string; name: string; barcode: string | null }, symbology = TEMPLATE_SYMBOLOGY.item): Label {
  return { kind: 'item', title: item.sku, lines: lines(item.name), barcode: { value: item.barcode || item.sku, symbology } };
}

export function locationLabel(
  location: { code: string; name: string; barcode: string | null; path: string[] },
  symbology = TEMPLATE_SYMBOLOGY.location,
): Label {
  return {
    kind: 'location',
    title: location.code,
    lines: lines(location.name, location.path.join(' › ')),
    barcode: { value: location.barcode || location.code, symbology },
  };
}

export function lotLabel(lot: { sku: string; itemName: string; batchNumber: number; receivedAt: Date }, symbology = TEMPLATE_SYMBOLOGY.lot): Label {
  return {
    kind: 'lot',
    title: `${lot.sku} ${batchNumberText(lot.batchNumber)}`,
    lines: lines(lot.itemName, `Received ${lot.receivedAt.toISOString().slice(0, 10)}`),
    barcode: { value: lotCode(lot.sku, lot.batchNumber), symbology },
  };
}

export function serialLabel(unit: { serial: string; sku: string; productName: string }, symbology = TEMPLATE_SYMBOLOGY.serial): Label {
  return { kind: 'serial', title: unit.serial, lines: lines(unit.productName, unit.sku), barcode: { value: unit.serial, symbology } };
}
