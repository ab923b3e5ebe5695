// Products and adjustments as the API shows them. A card leaves out what only
// the page needs (the kind's display name, the threshold it compared against).
import type { ProductAdjustment } from '@/lib/serials/adjust-product-stock';
import type { ProductCard } from '@/lib/serials/list-product-cards';
import { json } from '../../_lib/respond';
import { REPLAYED_HEADER } from '../../movements/_lib/posting-response';

export const apiProduct = (c: ProductCard) => ({
  sku: c.sku,
  name: c.name,
  kind: c.kind,
  inStock: c.inStock,
  inProduction: c.inProduction,
  defects: c.defects,
  delivered: c.delivered,
  totalSerials: c.totalSerials,
  lowStock: c.lowStock,
});

/** 201 when posted now; 200 with Idempotent-Replayed: true for an Idempotency-Key repeat (as POST /movements). */
export function adjustmentResponse(adjustment: ProductAdjustment): Response {
  const body = { groupId: adjustment.groupId, serials: adjustment.serials };
  return adjustment.replayed ? json(body, 200, { [REPLAYED_HEADER]: 'true' }) : json(body, 201);
}
