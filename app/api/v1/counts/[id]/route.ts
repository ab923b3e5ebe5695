// GET /api/v1/counts/{id} — one count with its lines (expected figures hidden on
// a blind count unless the token user may post it); unknown or another
// department's: 404.
import { getCount } from '@/lib/inventory/counts/get-count';
import { json } from '../../_lib/respond';
import { withApiActor } from '../../_lib/with-api-actor';

type Context = { params: Promise<{ id: string }> };

export const GET = withApiActor<Context>(async (actor, _request, { params }) => json(await getCount(actor, (await params).id)));
