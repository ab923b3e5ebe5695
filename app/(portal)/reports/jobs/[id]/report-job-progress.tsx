'use client';
// A report job's progress bar, refreshed by polling its status route every
// 1.5 s until it is done or failed; then the links to the file, or the error.
// Screen readers hear the state changes (not every row count).
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { jobStateText } from '../job-state-text';
import type { ReportJobStatus } from '../job-status';

const POLL_MS = 1500;

export function ReportJobProgress({ initial }: { initial: ReportJobStatus }) {
  const [job, setJob] = useState(initial);
  const finished = job.state === 'done' || job.state === 'failed';

  useEffect(() => {
    if (finished) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const res = await fetch(`/reports/jobs/${job.id}/status`, { cache: 'no-store' });
        if (res.ok && !stopped) setJob((await res.json()) as ReportJobStatus);
      } catch {
        // The network or the server is away for a moment: the next poll tries again.
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [job.id, finished]);

  const file = `/reports/jobs/${job.id}/file`;
  const percent = job.rowsExpected ? Math.min(100, Math.round((job.rowsDone / job.rowsExpected) * 100)) : null;
  return (
    <div className="space-y-3">
      <p className="sr-only" role="status" aria-live="polite">
        {job.state === 'done' ? 'The report is ready.' : job.state === 'failed' ? 'The report failed.' : job.state === 'running' ? 'The report is being made.' : 'The report is waiting to start.'}
      </p>
      {job.state === 'failed' ? null : (
        <div className="space-y-1">
          <label htmlFor="report-job-progress" className="block text-sm font-medium text-slate-800">
            Progress
          </label>
          {/* Without a known row count the bar is indeterminate (no value) and the text says how far it got. */}
          <progress
            id="report-job-progress"
            className="h-3 w-full"
            max={job.state === 'done' ? 1 : (job.rowsExpected ?? undefined)}
            value={job.state === 'done' ? 1 : job.rowsExpected ? job.rowsDone : undefined}
            aria-valuetext={jobStateText(job)}
          >
            {percent !== null ? `${percent} %` : jobStateText(job)}
          </progress>
          <p className="text-sm text-slate-700" data-testid="report-job-state">
            {jobStateText(job)}
            {percent !== null && job.state === 'running' ? ` (${percent} %)` : null}
          </p>
        </div>
      )}
      {job.state === 'done' ? (
        <div className="flex flex-wrap gap-2">
          {job.format === 'pdf' ? (
            <a href={file} target="_blank" rel="noopener" className="btn-primary min-h-12">
              Open the PDF
            </a>
          ) : null}
          <a href={`${file}?download=1`} download={job.fileName ?? undefined} className={job.format === 'pdf' ? 'btn-secondary min-h-12' : 'btn-primary min-h-12'}>
            Download {job.fileName}
          </a>
        </div>
      ) : null}
      {job.state === 'failed' ? (
        <div className="space-y-2">
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {job.error}
          </p>
          <Link href="/reports" className="btn-secondary min-h-12 inline-flex items-center">
            Back to Reports
          </Link>
        </div>
      ) : (
        !finished && <p className="text-sm text-slate-600">You can leave this page: the report goes on, and waits under “Your recent reports” for 7 days.</p>
      )}
    </div>
  );
}
