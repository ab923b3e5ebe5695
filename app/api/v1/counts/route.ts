// GET /api/v1/counts — stock counts of the token user's sites, newest first,
// optionally by status; paged. POST /api/v1/counts — open a count over a
// storage unit or location subtree.
import { createCount } from '@/lib/inventory/counts/create-count';
import { listCounts, listCountsSchema } from '@/lib/inventory/counts/list-counts';
import { parseInput } from '@/lib/validation';
import { pageResponse, readPage } from '../_lib/pagination';
import { queryParamsFor } from '../_lib/query-params';
import { readJsonBody } from '../_lib/request-body';
import { json } from '../_lib/respond';
import { withApiActor } from '../_lib/with-api-actor';
import { createCountBody } from './_lib/count-bodies';

export const GET = withApiActor(async (actor, request) => pageResponse(await listCounts(actor, queryParamsFor(request, listCountsSchema), readPage(request))));

export const POST = withApiActor(async (actor, request) => {
  const body = parseInput(createCountBody, await readJsonBody(request));
  return json(await createCount(actor, body), 201);
});
