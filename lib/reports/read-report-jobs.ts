// Reading report jobs: each is private to the user who started it. Another
// user's job is NOT_FOUND, Admins included: a report holds what its requester
// may see and names them as its author, and an Admin can run the same report.
import { db } from '../db/client';
import { DomainError, notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { contentTypeOf, reportJobViewOf, type ReportJobView } from './report-job';

const VIEW = {
  id: true,
  report: true,
  format: true,
  filters: true,
  status: true,
  rowsDone: true,
  rowsExpected: true,
  error: true,
  fileName: true,
  createdAt: true,
  finishedAt: true,
  heartbeatAt: true,
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function getReportJob(actor: Actor, id: string): Promise<ReportJobView> {
  requirePermission(actor, 'reports.view');
  const row = UUID.test(id) ? await db().reportJob.findFirst({ where: { id, userId: actor.id }, select: VIEW }) : null;
  if (!row) throw notFound('This report');
  return reportJobViewOf(row, new Date());
}

/** The actor's latest jobs, newest first (files are kept 7 days). */
export async function listReportJobs(actor: Actor, limit = 10): Promise<ReportJobView[]> {
  requirePermission(actor, 'reports.view');
  const rows = await db().reportJob.findMany({ where: { userId: actor.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: Math.min(Math.max(limit, 1), 50), select: VIEW });
  const now = new Date();
  return rows.map((r) => reportJobViewOf(r, now));
}

export interface ReportJobFile {
  fileName: string;
  contentType: string;
  body: Uint8Array<ArrayBuffer>;
}

export async function downloadReportJob(actor: Actor, id: string): Promise<ReportJobFile> {
  const job = await getReportJob(actor, id);
  if (job.state === 'failed') throw new DomainError('CONFLICT', job.error ?? 'This report failed; start it again.');
  if (job.state !== 'done') throw new DomainError('CONFLICT', 'This report is not ready yet.');
  const row = await db().reportJob.findFirst({ where: { id, userId: actor.id, status: 'DONE' }, select: { file: true } });
  if (!row?.file) throw notFound('This report');
  return { fileName: job.fileName ?? `${job.report}.${job.format}`, contentType: contentTypeOf(job.format), body: new Uint8Array(row.file) };
}
