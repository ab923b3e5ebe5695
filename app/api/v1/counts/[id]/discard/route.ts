// POST /api/v1/counts/{id}/discard — throw an open count away; nothing is booked.
// Closed already: 409.
import { discardCount } from '@/lib/inventory/counts/discard-count';
import { json } from '../../../_lib/respond';
import { withApiActor } from '../../../_lib/with-api-actor';

type Context = { params: Promise<{ id: string }> };

export const POST = withApiActor<Context>(async (actor, _request, { params }) => json(await discardCount(actor, { countId: (await params).id })));
