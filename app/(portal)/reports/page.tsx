// Audit reports: one form per report, and the user's recent background jobs.
// "Make the PDF" starts a job (report-forms.tsx). "Download CSV" (and an old
// ?format=pdf link) comes back here first: the filters are checked by the
// report itself (scope, permission, unknown codes), then the browser goes on to
// /reports/{report}?... for the file, or the form is shown again with the
// errors next to its fields.
import { notFound, redirect } from 'next/navigation';
import { requireActor } from '@/app/_server/session';
import { DomainError } from '@/lib/errors';
import { can } from '@/lib/roles/actor';
import { listReportJobs } from '@/lib/reports/read-report-jobs';
import { openReport } from '@/lib/reports/open-report';
import { isReportSlug } from '@/lib/reports/report';
import { reportFormatOf } from '@/lib/reports/report-response';
import { RecentReportJobs } from './recent-report-jobs';
import { REPORT_FORMS } from './report-form-specs';
import { ReportForm } from './report-forms';

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  if (!can(actor, 'reports.view')) notFound();
  const sp = await searchParams;
  const run = first(sp.run);
  const values = Object.fromEntries(Object.keys(sp).map((k) => [k, first(sp[k])]));
  let errors: Record<string, string> = {};
  if (isReportSlug(run)) {
    const input = Object.fromEntries(Object.entries(values).filter(([k, v]) => k !== 'run' && v !== ''));
    let ok = false;
    try {
      reportFormatOf(input.format ?? null);
      await openReport(actor, run, input);
      ok = true;
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      errors = Object.keys(e.fieldErrors).length ? e.fieldErrors : { _form: e.message };
    }
    if (ok) redirect(`/reports/${run}?${new URLSearchParams(input)}`);
  }
  const today = new Date().toISOString().slice(0, 10);
  const monthStart = `${today.slice(0, 8)}01`;
  const defaults = { from: monthStart, to: today, asOf: today };
  const jobs = await listReportJobs(actor, 10);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Reports</h1>
      <p className="text-sm text-slate-700">
        Audit reports as PDF or CSV for the sites and units you may see. Days are UTC. PDFs are made in the background: you can leave the page and
        find them under “Your recent reports” for 7 days.
      </p>
      <RecentReportJobs jobs={jobs} />
      {REPORT_FORMS.filter((f) => !f.adminOnly || can(actor, 'admin.access')).map((spec) => (
        <ReportForm key={spec.slug} spec={spec} values={spec.slug === run ? values : defaults} errors={spec.slug === run ? errors : {}} />
      ))}
    </div>
  );
}
