// GET /api/v1/items/{sku}/movements — the item's ledger entries, newest first,
// filtered by location, entry type, user and time; paged. Unknown SKU: 404.
import { listItemMovements } from '@/lib/inventory/queries/item-movements';
import { movementHistorySchema } from '@/lib/inventory/queries/movement-history';
import { pageResponse, readPage } from '../../../_lib/pagination';
import { queryParamsFor } from '../../../_lib/query-params';
import { withApiActor } from '../../../_lib/with-api-actor';

type Context = { params: Promise<{ sku: string }> };

export const GET = withApiActor<Context>(async (actor, request, { params }) => {
  const { sku } = await params;
  const page = await listItemMovements(actor, { ...queryParamsFor(request, movementHistorySchema, ['sku']), sku }, readPage(request));
  // The portal's link to the referenced document is not part of the API's entry.
  return pageResponse({ ...page, data: page.data.map(({ referenceHref: _, ...entry }) => entry) });
});
