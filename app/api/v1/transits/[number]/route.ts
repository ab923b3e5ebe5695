// GET /api/v1/transits/{number} — one transit document with its totals from the
// ledger; unknown or outside the token user's sites (both ends): 404.
import { getTransit } from '@/lib/inventory/transit/get-transit';
import { json } from '../../_lib/respond';
import { withApiActor } from '../../_lib/with-api-actor';
import { transitNumberOf } from '../_lib/transit-path';

type Context = { params: Promise<{ number: string }> };

export const GET = withApiActor<Context>(async (actor, _request, { params }) => json(await getTransit(actor, transitNumberOf((await params).number))));
