// GET /api/v1/products — the serial-numbered products with their unit counts in
// the token user's scope. `view` defaults to `all` here (the page defaults to
// available stock): an integrator syncing products wants every one of them.
import { listProductCards, productCardsFilterSchema } from '@/lib/serials/list-product-cards';
import { queryParamsFor } from '../_lib/query-params';
import { json } from '../_lib/respond';
import { withApiActor } from '../_lib/with-api-actor';
import { apiProduct } from './_lib/product-response';

export const GET = withApiActor(async (actor, request) => {
  const cards = await listProductCards(actor, { view: 'all', ...queryParamsFor(request, productCardsFilterSchema) });
  // One answer of at most 500 products, in the list shape every endpoint uses.
  return json({ data: cards.map(apiProduct), nextCursor: null });
});
