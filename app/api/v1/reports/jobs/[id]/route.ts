// GET /api/v1/reports/jobs/{id} — a background report's state and progress;
// someone else's job is 404.
import { getReportJob } from '@/lib/reports/read-report-jobs';
import { json } from '../../../_lib/respond';
import { withApiActor } from '../../../_lib/with-api-actor';
import { reportJobJson } from '../_lib/job-json';

export const GET = withApiActor<{ params: Promise<{ id: string }> }>(async (actor, _request, { params }) => json(reportJobJson(await getReportJob(actor, (await params).id))));
