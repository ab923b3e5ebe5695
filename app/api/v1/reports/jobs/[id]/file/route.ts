// GET /api/v1/reports/jobs/{id}/file — a finished background report's file
// (PDF inline, CSV as an attachment); 409 while it is being made or when it failed.
import { downloadReportJob } from '@/lib/reports/read-report-jobs';
import { withApiActor } from '../../../../_lib/with-api-actor';

export const GET = withApiActor<{ params: Promise<{ id: string }> }>(async (actor, _request, { params }) => {
  const file = await downloadReportJob(actor, (await params).id);
  const disposition = file.contentType === 'application/pdf' ? 'inline' : 'attachment';
  return new Response(file.body, { headers: { 'content-type': file.contentType, 'content-disposition': `${disposition}; filename="${file.fileName}"`, 'cache-control': 'no-store' } });
});
