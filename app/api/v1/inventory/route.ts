// GET /api/v1/inventory — stock by item or by location, current or as of a
// past moment, with the inventory screen's filters; paged.
import { listInventory } from '@/lib/inventory/queries/list-inventory';
import { pageResponse, readPage } from '../_lib/pagination';
import { withApiActor } from '../_lib/with-api-actor';
import { apiInventoryRow, inventoryFilterOf } from './_lib/inventory-rows';

export const GET = withApiActor(async (actor, request) => {
  const page = await listInventory(actor, inventoryFilterOf(request), readPage(request));
  return pageResponse({ data: page.data.map(apiInventoryRow), nextCursor: page.nextCursor });
});
