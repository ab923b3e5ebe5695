// The inventory list as the API shows it: the filter from the query string
// (the fields of the domain's filter schema) and each row in the API's shape.
import { inventoryFilterSchema } from '@/lib/inventory/queries/inventory-filter';
import type { InventoryRow } from '@/lib/inventory/queries/list-inventory';
import { queryParamsFor } from '../../_lib/query-params';

export const inventoryFilterOf = (request: Request) => queryParamsFor(request, inventoryFilterSchema);

export const apiInventoryRow = (r: InventoryRow) => ({
  sku: r.sku,
  name: r.name,
  location: r.location,
  quantity: r.quantity,
  available: r.available,
  customerOwned: r.customerOwned,
  unit: r.unit,
  value: r.value,
});
