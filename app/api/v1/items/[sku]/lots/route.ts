// GET /api/v1/items/{sku}/lots — the lots (batch at a storage unit) of one
// item; empty ones with ?includeEmpty=true. Unknown SKU: 404.
import { itemLotsSchema, listItemLots, type LotRow } from '@/lib/inventory/queries/item-lots';
import { queryParamsFor } from '../../../_lib/query-params';
import { json } from '../../../_lib/respond';
import { withApiActor } from '../../../_lib/with-api-actor';

type Context = { params: Promise<{ sku: string }> };

const apiLot = (l: LotRow) => ({
  location: l.location,
  batch: l.batch,
  status: l.status,
  quantity: l.quantity,
  supplier: l.supplier,
  supplierLot: l.supplierLot,
  receivedAt: l.receivedAt,
  expiresAt: l.expiresAt,
  unitCost: l.unitCost,
  owner: l.owner,
});

export const GET = withApiActor<Context>(async (actor, request, { params }) => {
  const { sku } = await params;
  const item = await listItemLots(actor, { ...queryParamsFor(request, itemLotsSchema, ['sku']), sku });
  return json({ data: item.lots.map(apiLot) });
});
