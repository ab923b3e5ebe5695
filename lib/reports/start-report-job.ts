// Starting an audit report in the background: the report is opened exactly as
// for a direct download (permission, scope, filters; open-report.ts), so every
// refusal comes before a job is recorded. The job is recorded, handed to this
// process's queue (not awaited) and its id returned for the progress page.
import { db } from '../db/client';
import { DomainError } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { openReport } from './open-report';
import { REPORT_JOB_KEEP_MS, REPORT_JOB_STALE_MS, REPORT_JOBS_PER_USER, reportFileNameOf, startReportJobSchema } from './report-job';
import { enqueueReportJob } from './run-report-job';

export interface StartReportJobOptions {
  /** Rows per PDF chunk and per progress update; tests use a small one to see progress on a few rows. */
  chunkRows?: number;
}

export async function startReportJob(actor: Actor, input: unknown, options: StartReportJobOptions = {}): Promise<{ id: string }> {
  requirePermission(actor, 'reports.view');
  const { report: slug, format, filters } = parseInput(startReportJobSchema, input);
  const params = Object.fromEntries(Object.entries(filters).filter(([, v]) => v.trim() !== ''));
  const report = await openReport(actor, slug, params);
  const now = new Date();
  const unfinished = await db().reportJob.count({
    where: { userId: actor.id, status: { in: ['QUEUED', 'RUNNING'] }, heartbeatAt: { gte: new Date(now.getTime() - REPORT_JOB_STALE_MS) } },
  });
  if (unfinished >= REPORT_JOBS_PER_USER) {
    throw new DomainError('CONFLICT', `You already have ${unfinished} reports being made; start this one when one of them is ready.`);
  }
  const [, job] = await db().$transaction([
    // Old files go when new ones come: no scheduler needed, and the table stays small.
    db().reportJob.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - REPORT_JOB_KEEP_MS) } } }),
    db().reportJob.create({
      data: { userId: actor.id, report: report.slug, filters: params, format, fileName: reportFileNameOf(report.slug, format, now), createdAt: now, heartbeatAt: now },
      select: { id: true },
    }),
  ]);
  enqueueReportJob({ id: job.id, actor, report, format, createdAt: now, chunkRows: options.chunkRows });
  return { id: job.id };
}
