// POST /api/v1/reports/jobs — start an audit report in the background
// ({report, format, filters}); 202 with the job and its Location to poll.
// GET /api/v1/reports/jobs — the token user's recent jobs, newest first.
import { getReportJob, listReportJobs } from '@/lib/reports/read-report-jobs';
import { startReportJob } from '@/lib/reports/start-report-job';
import { readJsonBody } from '../../_lib/request-body';
import { json } from '../../_lib/respond';
import { withApiActor } from '../../_lib/with-api-actor';
import { jobUrl, reportJobJson } from './_lib/job-json';

export const GET = withApiActor(async (actor) => json({ data: (await listReportJobs(actor, 20)).map(reportJobJson) }));

export const POST = withApiActor(async (actor, request) => {
  const { id } = await startReportJob(actor, await readJsonBody(request));
  return json(reportJobJson(await getReportJob(actor, id)), 202, { location: jobUrl(id) });
});
