// "Your recent reports": the user's background jobs of the last 7 days, newest
// first, each linking to its progress page, with the file once it is ready.
import { DateTime } from '@/app/_components/date-time';
import type { ReportJobView } from '@/lib/reports/report-job';
import { jobStateText } from './jobs/job-state-text';

export function RecentReportJobs({ jobs }: { jobs: ReportJobView[] }) {
  if (!jobs.length) return null;
  return (
    <section className="card space-y-2" aria-labelledby="recent-reports-title">
      <h2 id="recent-reports-title" className="text-lg font-semibold">
        Your recent reports
      </h2>
      <ul className="divide-y divide-slate-200">
        {jobs.map((job) => (
          <li key={job.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2 text-sm">
            <span className="min-w-0">
              <a href={`/reports/jobs/${job.id}`} className="font-medium underline">
                {job.title} ({job.format.toUpperCase()})
              </a>{' '}
              <span className="text-slate-600">
                started <DateTime value={job.createdAt} />
              </span>
            </span>
            <span className="flex flex-wrap items-baseline gap-3">
              <span className={job.state === 'failed' ? 'text-red-700' : 'text-slate-700'}>{jobStateText(job)}</span>
              {job.state === 'done' ? (
                <a href={`/reports/jobs/${job.id}/file?download=1`} className="underline" download={job.fileName ?? undefined}>
                  Download
                </a>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
