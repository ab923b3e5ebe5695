// GET /api/v1/reports/{movements|valuation|defects|config-audit}.{pdf|csv} — an
// audit report with its filters as query parameters (from, to, asOf, site, ...),
// in the token holder's scope. PDF inline, CSV streamed as an attachment.
import { notFound } from '@/lib/errors';
import { reportResponse } from '@/lib/reports/report-response';
import { withApiActor } from '../../_lib/with-api-actor';

export const GET = withApiActor<{ params: Promise<{ file: string }> }>(async (actor, request, { params }) => {
  const match = /^([a-z-]+)\.(pdf|csv)$/.exec((await params).file);
  if (!match) throw notFound('This report');
  return reportResponse(actor, match[1], new URL(request.url).searchParams, match[2] as 'pdf' | 'csv');
});
