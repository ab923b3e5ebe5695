// GET /api/v1/partners — customers and suppliers by code, paged (kind, search).
// POST /api/v1/partners — add one ({code, name, kind?}); a taken code is 409.
import { createPartner } from '@/lib/sales/create-partner';
import { listPartners } from '@/lib/sales/list-partners';
import { createPartnerSchema, listPartnersSchema } from '@/lib/sales/partner-schemas';
import { pageResponse, readPage } from '../_lib/pagination';
import { queryParamsFor } from '../_lib/query-params';
import { readJsonBody } from '../_lib/request-body';
import { json } from '../_lib/respond';
import { withApiActor } from '../_lib/with-api-actor';

const FIELDS = Object.keys(createPartnerSchema.shape);

export const GET = withApiActor(async (actor, request) => pageResponse(await listPartners(actor, queryParamsFor(request, listPartnersSchema), readPage(request))));

export const POST = withApiActor(async (actor, request) => {
  const body = await readJsonBody(request);
  const fields = typeof body === 'object' && body !== null && !Array.isArray(body) ? Object.fromEntries(Object.entries(body).filter(([k]) => FIELDS.includes(k))) : body;
  return json(await createPartner(actor, fields), 201);
});
