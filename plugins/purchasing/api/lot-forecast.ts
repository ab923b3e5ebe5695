// GET /api/v1/production-lots/{number}/forecast — per BOM component of the lot:
// `{data: [{sku, required, onHand, allocatedElsewhere, onOrder, expectedAt, shortfall}]}`.
// The path is the lot's; the forecast is this plugin's (production lots know nothing of purchasing).
import { json } from '@/app/api/v1/_lib/respond';
import { withApiActor } from '@/app/api/v1/_lib/with-api-actor';
import { forecastForLot } from '../lib/forecast';

type Context = { params: Promise<{ number: string }> };

export const getLotForecast = withApiActor<Context>(async (actor, _request, { params }) => {
  const rows = await forecastForLot(actor, (await params).number);
  return json({
    data: rows.map((r) => ({ sku: r.sku, required: r.required, onHand: r.onHand, allocatedElsewhere: r.allocatedElsewhere, onOrder: r.onOrder, expectedAt: r.expectedAt, shortfall: r.shortfall })),
  });
});
