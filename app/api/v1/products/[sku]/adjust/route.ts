// POST /api/v1/products/{sku}/adjust — manual adjustment of a serial-numbered
// product: `add` creates `quantity` new serials in stock at `location`,
// `subtract` takes the named `serials` out (scrapped); a `note` is required.
import { adjustProductStock } from '@/lib/serials/adjust-product-stock';
import { parseInput } from '@/lib/validation';
import { readIdempotencyKey } from '../../../_lib/idempotency-key';
import { readJsonBody } from '../../../_lib/request-body';
import { withApiActor } from '../../../_lib/with-api-actor';
import { adjustProductBody } from '../../_lib/product-bodies';
import { productSkuOf } from '../../_lib/product-path';
import { adjustmentResponse } from '../../_lib/product-response';

type Context = { params: Promise<{ sku: string }> };

export const POST = withApiActor<Context>(async (actor, request, { params }) => {
  const sku = productSkuOf((await params).sku);
  const idempotencyKey = readIdempotencyKey(request);
  const body = parseInput(adjustProductBody, await readJsonBody(request));
  return adjustmentResponse(await adjustProductStock(actor, { ...body, sku, idempotencyKey: idempotencyKey ?? undefined }));
});
