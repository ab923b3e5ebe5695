import { describe, expect, it } from 'vitest';
import { FAILED_MESSAGE, REPORT_JOB_STALE_MS, RESTARTED_MESSAGE, reportJobViewOf, type ReportJobRow } from './report-job';

const now = new Date('2026-03-01T12:00:00Z');
const row = (over: Partial<ReportJobRow> = {}): ReportJobRow => ({
  id: '00000000-0000-4000-8000-000000000001',
  report: 'movements',
  format: 'pdf',
  filters: { from: '2026-02-01', to: '2026-02-28', site: 'CHI', stray: 3 },
  status: 'RUNNING',
  rowsDone: 2000,
  rowsExpected: 100000,
  error: null,
  fileName: 'movements-20260301-1159.pdf',
  createdAt: new Date(now.getTime() - 30_000),
  finishedAt: null,
  heartbeatAt: new Date(now.getTime() - 5_000),
  ...over,
});

describe('reportJobViewOf', () => {
  it('shows a beating job as running, with its title and text filters', () => {
    const view = reportJobViewOf(row(), now);
    expect(view).toMatchObject({ state: 'running', title: 'Movement audit', error: null, fileName: null, rowsDone: 2000, rowsExpected: 100000 });
    expect(view.filters).toEqual({ from: '2026-02-01', to: '2026-02-28', site: 'CHI' });
  });

  it('reads a queued or running job silent for longer than the limit as failed: its instance is gone', () => {
    const silent = new Date(now.getTime() - REPORT_JOB_STALE_MS - 1);
    expect(reportJobViewOf(row({ heartbeatAt: silent }), now)).toMatchObject({ state: 'failed', error: RESTARTED_MESSAGE });
    expect(reportJobViewOf(row({ status: 'QUEUED', heartbeatAt: silent }), now)).toMatchObject({ state: 'failed', error: RESTARTED_MESSAGE });
    expect(reportJobViewOf(row({ heartbeatAt: new Date(now.getTime() - REPORT_JOB_STALE_MS) }), now).state).toBe('running');
  });

  it('never reads a finished job as stale; a failure without words gets the generic one', () => {
    const old = new Date(now.getTime() - 86_400_000);
    expect(reportJobViewOf(row({ status: 'DONE', heartbeatAt: old }), now)).toMatchObject({ state: 'done', error: null, fileName: 'movements-20260301-1159.pdf' });
    expect(reportJobViewOf(row({ status: 'FAILED', heartbeatAt: old }), now)).toMatchObject({ state: 'failed', error: FAILED_MESSAGE, fileName: null });
    expect(reportJobViewOf(row({ status: 'FAILED', error: 'Unknown SKU "X".' }), now).error).toBe('Unknown SKU "X".');
  });
});
