// Items as the API shows and takes them: identified by SKU, kind and unit by
// their codes under the names `kind` and `unit` (the domain's kindCode, unitCode).
import type { ItemView } from '@/lib/catalog/item-view';

export const ITEM_FIELD_NAMES = { kind: 'kindCode', unit: 'unitCode' };

export const apiItem = (item: ItemView) => ({
  sku: item.sku,
  name: item.name,
  kind: item.kindCode,
  unit: item.unitCode,
  manufacturer: item.manufacturer,
  mpn: item.mpn,
  supplierPartNumbers: item.supplierPartNumbers,
  standardCost: item.standardCost,
  lowStockThreshold: item.lowStockThreshold,
  barcode: item.barcode,
  perishable: item.perishable,
  active: item.active,
});
