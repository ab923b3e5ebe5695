import { describe, expect, it } from 'vitest';
import { receiveStock } from '@/lib/inventory/movements/receive-stock';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '@/scripts/test/api';
import { freshItem } from '@/scripts/test/stock';
import { GET as file } from './[id]/file/route';
import { GET as one } from './[id]/route';
import { GET as list, POST as start } from './route';

const today = new Date().toISOString().slice(0, 10);

describe('/api/v1/reports/jobs', () => {
  it('starts a background CSV, answers 202 with where to poll, then the file; private to the token user', async () => {
    const admin = await demoActor.admin();
    const lead = await bearerOf(await demoActor.deptLead());
    const sku = await freshItem('RJAPI');
    await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 7 });
    const started = await start(apiRequest('POST', '/reports/jobs', { authorization: lead, body: { report: 'movements', format: 'csv', filters: { from: today, to: today, sku } } }));
    expect(started.status).toBe(202);
    const job = await started.json();
    expect(started.headers.get('location')).toBe(`/api/v1/reports/jobs/${job.id}`);
    expect(job).toMatchObject({ report: 'movements', format: 'csv', filters: { from: today, to: today, sku } });

    let polled = job;
    while (polled.state !== 'done' && polled.state !== 'failed') {
      await new Promise((r) => setTimeout(r, 100));
      polled = await (await one(apiRequest('GET', `/reports/jobs/${job.id}`, { authorization: lead }), routeParams({ id: job.id }))).json();
    }
    expect(polled).toMatchObject({ state: 'done', rowsDone: 1, rowsExpected: 1, error: null, file: `/api/v1/reports/jobs/${job.id}/file` });
    const csv = await file(apiRequest('GET', `/reports/jobs/${job.id}/file`, { authorization: lead }), routeParams({ id: job.id }));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="movements-\d{8}-\d{4}\.csv"$/);
    expect((await csv.text()).split('\r\n')[1]).toContain(`,${sku},CHI-A-01-B1,`);
    expect((await (await list(apiRequest('GET', '/reports/jobs', { authorization: lead }))).json()).data.map((j: { id: string }) => j.id)).toContain(job.id);

    const adminToken = await bearerOf(admin);
    expect((await one(apiRequest('GET', `/reports/jobs/${job.id}`, { authorization: adminToken }), routeParams({ id: job.id }))).status).toBe(404);
    expect((await file(apiRequest('GET', `/reports/jobs/${job.id}/file`, { authorization: adminToken }), routeParams({ id: job.id }))).status).toBe(404);
  });

  it('refuses a bad filter with 422 naming it, and a role without reports.view with 403', async () => {
    const lead = await bearerOf(await demoActor.deptLead());
    const bad = await start(apiRequest('POST', '/reports/jobs', { authorization: lead, body: { report: 'valuation', filters: { asOf: 'soon' } } }));
    expect(bad.status).toBe(422);
    expect(JSON.stringify(await bad.json())).toContain('Enter a date such as 2026-01-31.');
    const member = await bearerOf(await demoActor.member());
    expect((await start(apiRequest('POST', '/reports/jobs', { authorization: member, body: { report: 'movements', filters: { from: today, to: today } } }))).status).toBe(403);
    expect((await start(apiRequest('POST', '/reports/jobs', { authorization: lead, body: '{not json' }))).status).toBe(400);
  });
});
