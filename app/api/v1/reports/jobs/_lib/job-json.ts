// A report job as the API shows it: its state and, once done, where its file is.
import type { ReportJobView } from '@/lib/reports/report-job';

export const jobUrl = (id: string) => `/api/v1/reports/jobs/${id}`;

export const reportJobJson = (job: ReportJobView) => ({
  id: job.id,
  report: job.report,
  format: job.format,
  filters: job.filters,
  state: job.state,
  rowsDone: job.rowsDone,
  rowsExpected: job.rowsExpected,
  error: job.error,
  createdAt: job.createdAt.toISOString(),
  finishedAt: job.finishedAt?.toISOString() ?? null,
  file: job.state === 'done' ? `${jobUrl(job.id)}/file` : null,
});
