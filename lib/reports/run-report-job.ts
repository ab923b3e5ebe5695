// The background side of report jobs, in the process that accepted the job:
// a queue (one job at a time per instance: a PDF chunk's layout alone takes
// a few hundred MB), progress written after every chunk of rows, a heartbeat
// for every job this process holds, and the finished file stored in the
// database so any instance can serve the download. A job whose process dies
// stops beating and reads as failed (report-job.ts).
import { EventEmitter } from 'node:events';
import { db } from '../db/client';
import { DomainError } from '../errors';
import type { Actor } from '../roles/actor';
import type { Report } from './report';
import { reportCsv } from './report-csv';
import { FAILED_MESSAGE, type ReportJobFormat } from './report-job';
import { renderReportPdf } from './report-pdf';

/** Jobs made at the same time in one process. */
const JOBS_AT_ONCE = 1;
const HEARTBEAT_MS = 10_000;
/** CSV progress is written every this many rows (the PDF's comes with each rendered chunk). */
const CSV_PROGRESS_ROWS = 2000;

interface HeldJob {
  id: string;
  actor: Actor;
  report: Report;
  format: ReportJobFormat;
  createdAt: Date;
  /** Rows per PDF chunk and per CSV progress update (tests use a small one; the default otherwise). */
  chunkRows?: number;
}

export interface ReportJobProgress {
  id: string;
  rowsDone: number;
}

// On globalThis: route handlers and server actions may be bundled apart but share one process and one queue.
const state = ((globalThis as unknown as { quartermasterReportJobs?: { waiting: HeldJob[]; running: Set<string>; held: Set<string>; events: EventEmitter; beat?: NodeJS.Timeout } }).quartermasterReportJobs ??= {
  waiting: [],
  running: new Set(),
  held: new Set(),
  events: new EventEmitter(),
});

/** 'progress' (ReportJobProgress) after each recorded update, in this process only: the database is what readers read. */
export const reportJobEvents = state.events;

/** Hands a recorded (queued) job to this process; returns at once, the work goes on in the background. */
export function enqueueReportJob(job: HeldJob): void {
  state.waiting.push(job);
  state.held.add(job.id);
  startHeartbeat();
  next();
}

function next() {
  while (state.running.size < JOBS_AT_ONCE && state.waiting.length) {
    const job = state.waiting.shift()!;
    state.running.add(job.id);
    void runJob(job).finally(() => {
      state.running.delete(job.id);
      state.held.delete(job.id);
      next();
    });
  }
}

function startHeartbeat() {
  if (state.beat) return;
  state.beat = setInterval(() => {
    if (!state.held.size) {
      clearInterval(state.beat);
      state.beat = undefined;
      return;
    }
    db()
      .reportJob.updateMany({ where: { id: { in: [...state.held] }, status: { in: ['QUEUED', 'RUNNING'] } }, data: { heartbeatAt: new Date() } })
      .catch((e) => console.error('report job heartbeat failed', e));
  }, HEARTBEAT_MS);
  state.beat.unref();
}

async function progress(id: string, rowsDone: number) {
  await db().reportJob.update({ where: { id }, data: { rowsDone, heartbeatAt: new Date() } });
  state.events.emit('progress', { id, rowsDone } satisfies ReportJobProgress);
}

async function runJob(job: HeldJob): Promise<void> {
  try {
    const rowsExpected = job.report.countRows ? await job.report.countRows() : null;
    await db().reportJob.update({ where: { id: job.id }, data: { status: 'RUNNING', startedAt: new Date(), rowsExpected, heartbeatAt: new Date() } });
    const file = job.format === 'pdf' ? await makePdf(job) : await makeCsv(job);
    await db().reportJob.update({ where: { id: job.id }, data: { status: 'DONE', file, finishedAt: new Date(), heartbeatAt: new Date() } });
  } catch (e) {
    // Filters were checked before the job was recorded; what fails here is ours, said plainly to the user.
    if (!(e instanceof DomainError)) console.error(`report job ${job.id} failed`, e);
    const error = e instanceof DomainError ? e.message : FAILED_MESSAGE;
    await db()
      .reportJob.update({ where: { id: job.id }, data: { status: 'FAILED', error, finishedAt: new Date(), heartbeatAt: new Date() } })
      .catch((e2) => console.error(`report job ${job.id}: could not record the failure`, e2));
  }
}

async function makePdf(job: HeldJob): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = await renderReportPdf(job.report, {
    generatedAt: job.createdAt,
    generatedBy: `${job.actor.name} (${job.actor.email})`,
    chunkRows: job.chunkRows,
    onProgress: (rows) => progress(job.id, rows),
  });
  return new Uint8Array(pdf);
}

async function makeCsv(job: HeldJob): Promise<Uint8Array<ArrayBuffer>> {
  const parts: Buffer[] = [];
  let text = '';
  let rows = -1; // the header line is not a row
  for await (const line of reportCsv(job.report)) {
    text += line;
    if (++rows > 0 && rows % (job.chunkRows ?? CSV_PROGRESS_ROWS) === 0) {
      parts.push(Buffer.from(text, 'utf8'));
      text = '';
      await progress(job.id, rows);
    }
  }
  parts.push(Buffer.from(text, 'utf8'));
  await progress(job.id, Math.max(rows, 0));
  return new Uint8Array(Buffer.concat(parts));
}
