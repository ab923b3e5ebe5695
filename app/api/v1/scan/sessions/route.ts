// GET /api/v1/scan/sessions — committed scan sessions, newest first: an Admin's
// all, everyone else's their own; paged.
import { listScanSessions } from '@/lib/scan/get-scan-session';
import { pageResponse, readPage } from '../../_lib/pagination';
import { withApiActor } from '../../_lib/with-api-actor';

export const GET = withApiActor(async (actor, request) => {
  const { limit, cursor } = readPage(request);
  return pageResponse(await listScanSessions(actor, { limit, cursor: cursor ?? undefined }));
});
