// GET /api/v1/products/{sku}/log — the product's inventory log (QA approvals,
// deliveries, manual adjustments, defect markings) with units in stock before
// and after each, newest first; paged.
import { listProductLog } from '@/lib/serials/list-product-log';
import { pageResponse, readPage } from '../../../_lib/pagination';
import { withApiActor } from '../../../_lib/with-api-actor';
import { productSkuOf } from '../../_lib/product-path';

type Context = { params: Promise<{ sku: string }> };

export const GET = withApiActor<Context>(async (actor, request, { params }) => {
  const product = productSkuOf((await params).sku);
  return pageResponse(await listProductLog(actor, { product, ...readPage(request) }));
});
