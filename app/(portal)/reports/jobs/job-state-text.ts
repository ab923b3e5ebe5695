// A report job's state in words, the same on the list and on the progress page.
import type { ReportJobView } from '@/lib/reports/report-job';

const count = (n: number) => n.toLocaleString('en-US');

export function jobStateText(job: Pick<ReportJobView, 'state' | 'rowsDone' | 'rowsExpected'>): string {
  switch (job.state) {
    case 'queued':
      return 'Waiting to start';
    case 'running':
      if (job.rowsExpected !== null && job.rowsExpected > 0 && job.rowsDone >= job.rowsExpected) return `All ${count(job.rowsExpected)} rows printed; putting the pages together`;
      return job.rowsExpected !== null ? `${count(job.rowsDone)} of ${count(job.rowsExpected)} rows` : `${count(job.rowsDone)} rows so far`;
    case 'done':
      return `Ready (${count(job.rowsDone)} rows)`;
    case 'failed':
      return 'Failed';
  }
}
