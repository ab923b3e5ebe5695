// How an item leaves the domain: exact decimals as strings (plain data that a
// page, a client component or the API can pass on as is), and the audit snapshot.
import type { Prisma } from '../db/generated/client';

export const itemSelect = {
  id: true,
  sku: true,
  name: true,
  kindCode: true,
  unitCode: true,
  manufacturer: true,
  mpn: true,
  supplierPartNumbers: true,
  standardCost: true,
  lowStockThreshold: true,
  barcode: true,
  perishable: true,
  active: true,
  kind: { select: { name: true, serialTracked: true } },
  unit: { select: { name: true, decimals: true } },
} satisfies Prisma.ItemSelect;

type ItemRow = Prisma.ItemGetPayload<{ select: typeof itemSelect }>;

export interface ItemView {
  id: number;
  sku: string;
  name: string;
  kindCode: string;
  kindName: string;
  serialTracked: boolean;
  unitCode: string;
  unitName: string;
  decimals: number;
  manufacturer: string | null;
  mpn: string | null;
  supplierPartNumbers: string[];
  standardCost: string;
  /** The item's own threshold, null when it uses the default. */
  lowStockThreshold: string | null;
  /** What low stock means for this item: its own threshold or the installation's default (Admin > Settings). */
  lowStockAt: string;
  barcode: string;
  perishable: boolean;
  active: boolean;
}

/** `lowStockDefault` is the setting in force (lib/settings), read by the caller once per list. */
export function itemView(row: ItemRow, lowStockDefault: string): ItemView {
  const fields = itemFields(row);
  return { ...fields, lowStockAt: fields.lowStockThreshold ?? lowStockDefault };
}

function itemFields(row: ItemRow): Omit<ItemView, 'lowStockAt'> {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    kindCode: row.kindCode,
    kindName: row.kind.name,
    serialTracked: row.kind.serialTracked,
    unitCode: row.unitCode,
    unitName: row.unit.name,
    decimals: row.unit.decimals,
    manufacturer: row.manufacturer,
    mpn: row.mpn,
    supplierPartNumbers: row.supplierPartNumbers,
    standardCost: row.standardCost.toFixed(),
    lowStockThreshold: row.lowStockThreshold === null ? null : row.lowStockThreshold.toFixed(),
    barcode: row.barcode ?? row.sku,
    perishable: row.perishable,
    active: row.active,
  };
}

/** The stored fields of an item, for the audit log's before/after. */
export function itemSnapshot(row: ItemRow) {
  const v = itemFields(row);
  return {
    sku: v.sku,
    name: v.name,
    kindCode: v.kindCode,
    unitCode: v.unitCode,
    manufacturer: v.manufacturer,
    mpn: v.mpn,
    supplierPartNumbers: v.supplierPartNumbers,
    standardCost: v.standardCost,
    lowStockThreshold: v.lowStockThreshold,
    barcode: row.barcode,
    perishable: v.perishable,
    active: v.active,
  };
}
