// A background report's page: what was asked for, its progress (refreshed by
// polling its status), then the file or what went wrong. Only its owner sees it.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DateTime } from '@/app/_components/date-time';
import { requireActor } from '@/app/_server/session';
import { DomainError } from '@/lib/errors';
import { can } from '@/lib/roles/actor';
import { getReportJob } from '@/lib/reports/read-report-jobs';
import { REPORT_FORMS } from '../../report-form-specs';
import { reportJobStatusOf } from '../job-status';
import { ReportJobProgress } from './report-job-progress';

export default async function ReportJobPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  if (!can(actor, 'reports.view')) notFound();
  const job = await getReportJob(actor, (await params).id).catch((e: unknown) => {
    if (e instanceof DomainError && e.code === 'NOT_FOUND') notFound();
    throw e;
  });
  const fields = REPORT_FORMS.find((f) => f.slug === job.report)?.fields ?? [];
  const labelOf = new Map(fields.map((f) => [f.key, f.label]));
  // In the form's order (the stored JSON keeps its own key order: "to" before "from").
  const place = (key: string) => {
    const i = fields.findIndex((f) => f.key === key);
    return i < 0 ? fields.length : i;
  };
  const filters = Object.entries(job.filters).sort(([a], [b]) => place(a) - place(b));
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/reports" className="underline">
          ← Reports
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">
        {job.title} ({job.format.toUpperCase()})
      </h1>
      <div className="card space-y-3">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <div className="contents">
            <dt className="text-slate-600">Started</dt>
            <dd>
              <DateTime value={job.createdAt} />
            </dd>
          </div>
          {filters.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="text-slate-600">{labelOf.get(key) ?? key}</dt>
              <dd className="break-all">{value}</dd>
            </div>
          ))}
        </dl>
        <ReportJobProgress initial={reportJobStatusOf(job)} />
      </div>
    </div>
  );
}
