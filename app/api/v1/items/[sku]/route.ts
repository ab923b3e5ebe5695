// GET /api/v1/items/{sku} — one item of the catalogue; unknown SKU: 404.
import { getItemBySku } from '@/lib/catalog/get-item';
import { json } from '../../_lib/respond';
import { withApiActor } from '../../_lib/with-api-actor';
import { apiItem } from '../_lib/api-item';

type Context = { params: Promise<{ sku: string }> };

export const GET = withApiActor<Context>(async (actor, _request, { params }) => json(apiItem(await getItemBySku(actor, (await params).sku))));
