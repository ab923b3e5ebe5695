// GET /api/v1/locations — every site and storage unit, depth-first.
// POST /api/v1/locations — add a site (no parentCode) or a storage unit, named by codes.
import { createLocationByCodes } from '@/lib/locations/create-location-by-codes';
import { listLocationTree } from '@/lib/locations/list-location-tree';
import { pageResponse } from '../_lib/pagination';
import { readJsonBody } from '../_lib/request-body';
import { json } from '../_lib/respond';
import { withApiActor } from '../_lib/with-api-actor';
import { apiLocations } from './_lib/api-location';

// The whole tree in one answer: the domain reads it in one query, and a client needs all of it to place anything.
export const GET = withApiActor(async (actor) => pageResponse({ data: apiLocations(await listLocationTree(actor)), nextCursor: null }));

export const POST = withApiActor(async (actor, request) => {
  const { code } = await createLocationByCodes(actor, await readJsonBody(request));
  return json({ code }, 201);
});
