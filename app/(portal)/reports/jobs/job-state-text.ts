// A report job's state in words, the same on the list and on the progress page.
import type { ReportJobView } from '@/lib/reports/report-job';

const count = (n: number) => n.toLocaleString('en-US');
const rows = (n: number) => `${count(n)} row${n === 1 ? '' : 's'}`;

export function jobStateText(job: Pick<ReportJobView, 'state' | 'rowsDone' | 'rowsExpected'>): string {
  switch (job.state) {
    case 'queued':
      return 'Waiting to start';
    case 'running':
      if (job.rowsExpected !== null && job.rowsExpected > 0 && job.rowsDone >= job.rowsExpected) return `All ${rows(job.rowsExpected)} printed; putting the pages together`;
      return job.rowsExpected !== null ? `${count(job.rowsDone)} of ${rows(job.rowsExpected)}` : `${rows(job.rowsDone)} so far`;
    case 'done':
      return `Ready (${rows(job.rowsDone)})`;
    case 'failed':
      return 'Failed';
  }
}
