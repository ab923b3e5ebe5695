// GET /api/v1/counts/{id}/variances — the count's review before posting: each
// counted line (per storage unit and item) with expected, counted and variance,
// the uncounted lines apart. Unknown or another department's: 404; a blind
// count for someone who may not post it: 403.
import { reviewVariances } from '@/lib/inventory/counts/review-variances';
import { json } from '../../../_lib/respond';
import { withApiActor } from '../../../_lib/with-api-actor';

type Context = { params: Promise<{ id: string }> };

export const GET = withApiActor<Context>(async (actor, _request, { params }) => json(await reviewVariances(actor, (await params).id)));
