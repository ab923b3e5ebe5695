import { beforeEach, describe, expect, it, vi } from 'vitest';
import { receiveStock } from '@/lib/inventory/movements/receive-stock';
import type { Actor } from '@/lib/roles/actor';
import { getReportJob } from '@/lib/reports/read-report-jobs';
import { demoActor } from '@/scripts/test/actors';
import { routeParams } from '@/scripts/test/api';
import { pdfPages } from '@/scripts/test/pdf-text';
import { freshItem } from '@/scripts/test/stock';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_server/session', () => ({ getActor: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
const { startReportJobAction } = await import('../actions');
const { GET: status } = await import('./[id]/status/route');
const { GET: file } = await import('./[id]/file/route');

const today = new Date().toISOString().slice(0, 10);
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const digestOf = (p: Promise<unknown>) => p.then(() => '', (e: { digest?: string }) => String(e?.digest ?? e));
const get = (route: typeof status, id: string, query = '') => route(new Request(`http://localhost/reports/jobs/${id}/x${query}`), routeParams({ id }));

async function ready(actor: Actor, id: string) {
  for (;;) {
    const job = await getReportJob(actor, id);
    if (job.state === 'done' || job.state === 'failed') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Make the PDF, then its status and file', () => {
  beforeEach(() => {
    session.actor = null;
  });

  it('refuses bad filters beside their fields, keeping what was typed', async () => {
    session.actor = await demoActor.deptLead();
    const state = await startReportJobAction({}, form({ run: 'movements', from: today, to: '2020-01-01', sku: '' }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { to: 'The end date is before the start date.' }, values: { from: today, to: '2020-01-01' } });
  });

  it('starts the job and goes to its page; the status route and the file answer its owner only', async () => {
    const admin = await demoActor.admin();
    const lead = await demoActor.deptLead();
    const sku = await freshItem('RJPG');
    await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 3 });
    session.actor = lead;
    const digest = await digestOf(startReportJobAction({}, form({ run: 'movements', from: today, to: today, sku, site: '', type: '', user: '', format: 'csv' })));
    const id = /^NEXT_REDIRECT;[a-z]+;\/reports\/jobs\/([0-9a-f-]{36});/.exec(digest)?.[1];
    expect(id).toBeDefined();
    // The PDF button makes a PDF whatever a stray format field says.
    expect((await getReportJob(lead, id!)).format).toBe('pdf');
    await ready(lead, id!);

    const answer = await get(status, id!);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ id, state: 'done', format: 'pdf', rowsDone: 1, rowsExpected: 1, error: null });
    const inline = await get(file, id!);
    expect(inline.status).toBe(200);
    expect(inline.headers.get('content-type')).toBe('application/pdf');
    expect(inline.headers.get('content-disposition')).toMatch(/^inline; filename="movements-\d{8}-\d{4}\.pdf"$/);
    const text = pdfPages(new Uint8Array(await inline.arrayBuffer())).join('\n');
    expect(text).toContain(sku);
    expect(text).toMatch(/Generated .+ by .+\(dept\.lead@demo\.local\)/);
    expect((await get(file, id!, '?download=1')).headers.get('content-disposition')).toMatch(/^attachment; /);

    // Someone else, even an Admin, gets 404; no session, 401.
    session.actor = admin;
    expect((await get(status, id!)).status).toBe(404);
    expect((await get(file, id!)).status).toBe(404);
    expect((await get(status, 'nonsense')).status).toBe(404);
    session.actor = null;
    expect((await get(status, id!)).status).toBe(401);
    expect((await get(file, id!)).status).toBe(401);
  });
});
