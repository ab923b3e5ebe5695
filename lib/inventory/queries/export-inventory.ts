// CSV export of exactly the inventory view on screen, streamed page by page
// (keyset) so memory stays flat however many rows there are.
import type { Actor } from '../../roles/actor';
import { csvLine } from '../../csv';
import { listInventory } from './list-inventory';

const PAGE = 500;

export async function* exportInventoryCsv(actor: Actor, filter: unknown): AsyncGenerator<string> {
  // Validate (and check permission) before the first byte goes out.
  let page = await listInventory(actor, filter, { limit: PAGE });
  const byLocation = (filter as { groupBy?: string })?.groupBy === 'location';
  yield csvLine(['SKU', 'Item name', ...(byLocation ? ['Location'] : []), 'Quantity', 'Available', 'Customer-owned', 'Unit', 'Value']);
  for (;;) {
    for (const r of page.data) {
      yield csvLine([r.sku, r.name, ...(byLocation ? [r.location ?? ''] : []), r.quantity, r.available, r.customerOwned, r.unit, r.value]);
    }
    if (!page.nextCursor) return;
    page = await listInventory(actor, filter, { limit: PAGE, cursor: page.nextCursor });
  }
}
