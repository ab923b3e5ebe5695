// GET /reports/jobs/{id}/status — a report job's progress as JSON, for the
// progress page's poll. Session-cookie authenticated; another user's job is 404.
import { getActor } from '@/app/_server/session';
import { DomainError, httpStatusOf } from '@/lib/errors';
import { getReportJob } from '@/lib/reports/read-report-jobs';
import { reportJobStatusOf } from '../../job-status';

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const actor = await getActor();
  if (!actor) return json({ error: 'Sign in to see your reports.' }, 401);
  try {
    return json(reportJobStatusOf(await getReportJob(actor, (await params).id)));
  } catch (e) {
    if (e instanceof DomainError) return json({ error: e.message }, httpStatusOf[e.code]);
    throw e;
  }
}
