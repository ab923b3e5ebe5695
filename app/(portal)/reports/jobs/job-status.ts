// What the progress page polls for: a report job's state as JSON-safe data.
import type { ReportJobView } from '@/lib/reports/report-job';

export interface ReportJobStatus {
  id: string;
  state: ReportJobView['state'];
  format: ReportJobView['format'];
  rowsDone: number;
  rowsExpected: number | null;
  error: string | null;
  fileName: string | null;
}

export const reportJobStatusOf = (job: ReportJobView): ReportJobStatus => ({
  id: job.id,
  state: job.state,
  format: job.format,
  rowsDone: job.rowsDone,
  rowsExpected: job.rowsExpected,
  error: job.error,
  fileName: job.fileName,
});
