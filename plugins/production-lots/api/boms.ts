// POST /api/v1/boms — save a product's bill of materials as its next version:
// `{product, lines: [{sku, quantityPer, designators?, alternates?}], note?}` → 201 `{product, version}`.
import { readJsonBody } from '@/app/api/v1/_lib/request-body';
import { json } from '@/app/api/v1/_lib/respond';
import { withApiActor } from '@/app/api/v1/_lib/with-api-actor';
import { saveBom } from '../lib/save-bom';

export const postBom = withApiActor(async (actor, request) => {
  const saved = await saveBom(actor, await readJsonBody(request));
  return json(saved, 201, { location: `/boms/${encodeURIComponent(saved.product)}` });
});
