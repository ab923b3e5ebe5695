// GET /api/v1/serials — serial numbers in the token user's scope, filtered by
// product, status, work order and serial text; most recently changed first; paged.
import { listSerials, listSerialsSchema } from '@/lib/serials/list-serials';
import { pageResponse, readPage } from '../_lib/pagination';
import { queryParamsFor } from '../_lib/query-params';
import { withApiActor } from '../_lib/with-api-actor';

export const GET = withApiActor(async (actor, request) =>
  pageResponse(await listSerials(actor, { ...queryParamsFor(request, listSerialsSchema, ['limit', 'cursor']), ...readPage(request) })),
);
