// A report made in the background, as its owner sees it. Pure: what starting
// one takes, what a stored job row means now (a job whose instance stopped
// beating reads as failed), and the file name and content type of its result.
import { z } from 'zod';
import { REPORT_TITLES, isReportSlug, type ReportSlug } from './report';

/** An instance beats every few seconds for the jobs it holds; silence this long means it is gone. */
export const REPORT_JOB_STALE_MS = 60_000;
/** Finished files are kept this long, then deleted when someone starts a new job. */
export const REPORT_JOB_KEEP_MS = 7 * 86_400_000;
/** Unfinished jobs one user may have at once: each holds a PDF chunk's layout (hundreds of MB) while it runs. */
export const REPORT_JOBS_PER_USER = 3;

export const RESTARTED_MESSAGE = 'The server restarted while this report was being made; start it again.';
export const FAILED_MESSAGE = 'Something went wrong while making this report; start it again.';

const blankToPdf = (v: unknown) => (v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? 'pdf' : typeof v === 'string' ? v.trim().toLowerCase() : v);

/** What starting a job takes (the portal's form and the API's body). */
export const startReportJobSchema = z.object({
  report: z.string().trim().max(40),
  format: z.preprocess(blankToPdf, z.enum(['pdf', 'csv'], { message: 'Choose PDF or CSV.' })),
  /** The report's own filters as typed (blank means any); the report checks them. */
  filters: z.record(z.string().max(40), z.string().max(2000)).refine((f) => Object.keys(f).length <= 20, 'Too many filters.').default({}),
});
export type StartReportJobInput = z.input<typeof startReportJobSchema>;

export type ReportJobState = 'queued' | 'running' | 'done' | 'failed';
export type ReportJobFormat = 'pdf' | 'csv';

/** The columns of a ReportJob row a reader needs (never the file). */
export interface ReportJobRow {
  id: string;
  report: string;
  format: string;
  filters: unknown;
  status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
  rowsDone: number;
  rowsExpected: number | null;
  error: string | null;
  fileName: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  heartbeatAt: Date;
}

export interface ReportJobView {
  id: string;
  report: ReportSlug;
  title: string;
  format: ReportJobFormat;
  /** The filters the job was started with (checked then), blank ones left out. */
  filters: Record<string, string>;
  state: ReportJobState;
  rowsDone: number;
  /** Known when counting was cheap (the movement audit); null means "rows done" is all there is. */
  rowsExpected: number | null;
  /** For the user, when the state is failed. */
  error: string | null;
  fileName: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

const STATES = { QUEUED: 'queued', RUNNING: 'running', DONE: 'done', FAILED: 'failed' } as const;

export function reportJobViewOf(row: ReportJobRow, now: Date): ReportJobView {
  const unfinished = row.status === 'QUEUED' || row.status === 'RUNNING';
  const orphaned = unfinished && now.getTime() - row.heartbeatAt.getTime() > REPORT_JOB_STALE_MS;
  const filters = row.filters && typeof row.filters === 'object' && !Array.isArray(row.filters) ? (row.filters as Record<string, unknown>) : {};
  return {
    id: row.id,
    report: isReportSlug(row.report) ? row.report : 'movements',
    title: isReportSlug(row.report) ? REPORT_TITLES[row.report] : row.report,
    format: row.format === 'csv' ? 'csv' : 'pdf',
    filters: Object.fromEntries(Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === 'string')),
    state: orphaned ? 'failed' : STATES[row.status],
    rowsDone: row.rowsDone,
    rowsExpected: row.rowsExpected,
    error: orphaned ? RESTARTED_MESSAGE : row.status === 'FAILED' ? (row.error ?? FAILED_MESSAGE) : null,
    fileName: row.status === 'DONE' ? row.fileName : null,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}

const stampOf = (d: Date) => d.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');

export const reportFileNameOf = (report: ReportSlug, format: ReportJobFormat, at: Date) => `${report}-${stampOf(at)}.${format}`;

export const contentTypeOf = (format: ReportJobFormat) => (format === 'pdf' ? 'application/pdf' : 'text/csv; charset=utf-8');
