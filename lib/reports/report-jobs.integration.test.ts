import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../db/client';
import { DomainError } from '../errors';
import { receiveStock } from '../inventory/movements/receive-stock';
import type { Actor } from '../roles/actor';
import { demoActor } from '../../scripts/test/actors';
import { pdfPages } from '../../scripts/test/pdf-text';
import { freshItem } from '../../scripts/test/stock';
import { downloadReportJob, getReportJob, listReportJobs } from './read-report-jobs';
import { RESTARTED_MESSAGE, REPORT_JOB_STALE_MS, REPORT_JOBS_PER_USER, type ReportJobView } from './report-job';
import { reportJobEvents, type ReportJobProgress } from './run-report-job';
import { startReportJob } from './start-report-job';

const today = new Date().toISOString().slice(0, 10);

async function settled(actor: Actor, id: string): Promise<ReportJobView> {
  for (;;) {
    const job = await getReportJob(actor, id);
    if (job.state === 'done' || job.state === 'failed') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function refusal(run: Promise<unknown>): Promise<DomainError> {
  const e = await run.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DomainError);
  return e as DomainError;
}

const jobsOf = (actor: Actor) => db().reportJob.count({ where: { userId: actor.id } });
const planted: string[] = [];
afterEach(async () => {
  await db().reportJob.deleteMany({ where: { id: { in: planted.splice(0) } } });
});

describe('report jobs', () => {
  it('start → progress per chunk → done; the download is the PDF with every row, private to who started it', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('RJOB');
    for (let i = 0; i < 70; i++) await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 1 + i });
    const seen: number[] = [];
    const listen = (p: ReportJobProgress) => {
      if (p.id === id) seen.push(p.rowsDone);
    };
    reportJobEvents.on('progress', listen);
    let id = '';
    try {
      // One row per chunk: each page becomes a chunk, so a 2-page report reports progress twice.
      ({ id } = await startReportJob(admin, { report: 'movements', format: 'pdf', filters: { from: today, to: today, sku, site: '' } }, { chunkRows: 1 }));
      const first = await getReportJob(admin, id);
      expect(['queued', 'running', 'done']).toContain(first.state);
      expect(first.filters).toEqual({ from: today, to: today, sku });
      const job = await settled(admin, id);
      expect(job).toMatchObject({ state: 'done', rowsDone: 70, rowsExpected: 70, error: null, format: 'pdf', title: 'Movement audit' });
      expect(job.fileName).toMatch(/^movements-\d{8}-\d{4}\.pdf$/);
    } finally {
      reportJobEvents.off('progress', listen);
    }
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen[0]).toBeLessThan(70);
    expect(seen[seen.length - 1]).toBe(70);

    const file = await downloadReportJob(admin, id);
    expect(file.contentType).toBe('application/pdf');
    expect(Buffer.from(file.body.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = pdfPages(file.body).join('\n');
    expect(text).toContain('Movement audit');
    expect(text).toContain(`Item: ${sku}`);
    expect(text).toContain('Entries: 70');
    expect(text.match(new RegExp(`RECEIPT\\s+receipt\\s+${sku}`, 'g'))?.length).toBe(70);
    expect(text).toContain(`by ${admin.name} (admin@demo.local)`);
    expect((await listReportJobs(admin)).map((j) => j.id)).toContain(id);

    // Another user, with the same permission, does not learn that the job exists.
    const lead = await demoActor.deptLead();
    expect((await refusal(getReportJob(lead, id))).code).toBe('NOT_FOUND');
    expect((await refusal(downloadReportJob(lead, id))).code).toBe('NOT_FOUND');
    expect((await listReportJobs(lead)).map((j) => j.id)).not.toContain(id);
    expect((await refusal(getReportJob(admin, 'not-a-uuid'))).code).toBe('NOT_FOUND');
  });

  it('makes a CSV with the same rows and counts them', async () => {
    const lead = await demoActor.deptLead();
    const admin = await demoActor.admin();
    const sku = await freshItem('RJOBC');
    for (let i = 0; i < 5; i++) await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 2 });
    const { id } = await startReportJob(lead, { report: 'movements', format: 'csv', filters: { from: today, to: today, sku } }, { chunkRows: 2 });
    expect(await settled(lead, id)).toMatchObject({ state: 'done', rowsDone: 5, rowsExpected: 5 });
    const file = await downloadReportJob(lead, id);
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    const lines = Buffer.from(file.body).toString('utf8').split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^Posted \(UTC\),Entry type/);
    expect(lines.slice(1).filter((l) => l.includes(`,${sku},`)).length).toBe(5);
  });

  it('refuses bad filters, unknown reports and missing permissions before any job is recorded', async () => {
    const admin = await demoActor.admin();
    const member = await demoActor.member();
    const before = await jobsOf(admin);
    const bad = await refusal(startReportJob(admin, { report: 'movements', filters: { from: '2026-02-10', to: '2026-02-01' } }));
    expect(bad.code).toBe('INVALID_INPUT');
    expect(bad.fieldErrors.to).toBe('The end date is before the start date.');
    expect((await refusal(startReportJob(admin, { report: 'movements', filters: { from: today, to: today, sku: 'NO-SUCH-SKU-RJ' } }))).fieldErrors.sku).toMatch(/Unknown SKU/);
    expect((await refusal(startReportJob(admin, { report: 'movements', format: 'xlsx', filters: { from: today, to: today } }))).fieldErrors.format).toBe('Choose PDF or CSV.');
    expect((await refusal(startReportJob(admin, { report: 'payroll', filters: {} }))).code).toBe('NOT_FOUND');
    expect(await jobsOf(admin)).toBe(before);
    const memberBefore = await jobsOf(member);
    expect((await refusal(startReportJob(member, { report: 'movements', filters: { from: today, to: today } }))).code).toBe('FORBIDDEN');
    // The configuration audit is the Admins': a Department Lead cannot start it either.
    const lead = await demoActor.deptLead();
    const leadBefore = await jobsOf(lead);
    expect((await refusal(startReportJob(lead, { report: 'config-audit', filters: { from: today, to: today } }))).code).toBe('FORBIDDEN');
    expect(await jobsOf(member)).toBe(memberBefore);
    expect(await jobsOf(lead)).toBe(leadBefore);
  });

  it('reads a job whose instance stopped beating as failed, and says to start it again', async () => {
    const admin = await demoActor.admin();
    const stale = new Date(Date.now() - REPORT_JOB_STALE_MS - 5_000);
    const job = await db().reportJob.create({ data: { userId: admin.id, report: 'movements', filters: { from: today, to: today }, format: 'pdf', status: 'RUNNING', rowsDone: 4000, rowsExpected: 100000, heartbeatAt: stale, createdAt: stale } });
    planted.push(job.id);
    const view = await getReportJob(admin, job.id);
    expect(view).toMatchObject({ state: 'failed', error: RESTARTED_MESSAGE, rowsDone: 4000, fileName: null });
    expect((await listReportJobs(admin)).find((j) => j.id === job.id)?.state).toBe('failed');
    expect((await refusal(downloadReportJob(admin, job.id))).code).toBe('CONFLICT');
  });

  it('limits the unfinished jobs per user, and deletes jobs older than 7 days when a new one starts', async () => {
    const lead = await demoActor.deptLead();
    const now = new Date();
    const old = await db().reportJob.create({ data: { userId: lead.id, report: 'movements', filters: {}, format: 'pdf', status: 'DONE', createdAt: new Date(now.getTime() - 8 * 86_400_000), file: new Uint8Array([1]) } });
    planted.push(old.id);
    const busy = await db().reportJob.createManyAndReturn({
      data: Array.from({ length: REPORT_JOBS_PER_USER }, () => ({ userId: lead.id, report: 'movements', filters: {}, format: 'pdf', status: 'RUNNING' as const, heartbeatAt: now })),
      select: { id: true },
    });
    planted.push(...busy.map((b) => b.id));
    expect((await refusal(startReportJob(lead, { report: 'defects', filters: { from: today, to: today } }))).code).toBe('CONFLICT');
    await db().reportJob.updateMany({ where: { id: { in: busy.map((b) => b.id) } }, data: { status: 'FAILED' } });
    const { id } = await startReportJob(lead, { report: 'defects', filters: { from: today, to: today } });
    planted.push(id);
    expect(await db().reportJob.findUnique({ where: { id: old.id } })).toBeNull();
    expect((await settled(lead, id)).state).toBe('done');
  });
});
