import { beforeEach, describe, expect, it, vi } from 'vitest';
import { receiveStock } from '@/lib/inventory/movements/receive-stock';
import type { Actor } from '@/lib/roles/actor';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf, routeParams } from '@/scripts/test/api';
import { pdfPages } from '@/scripts/test/pdf-text';
import { freshItem } from '@/scripts/test/stock';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_server/session', () => ({ getActor: async () => session.actor }));
const { GET } = await import('./route');
const { GET: apiGet } = await import('@/app/api/v1/reports/[file]/route');

const today = new Date().toISOString().slice(0, 10);
const open = (report: string, query: string) => GET(new Request(`http://localhost/reports/${report}${query}`), routeParams({ report }));

describe('GET /reports/[report]', () => {
  beforeEach(() => {
    session.actor = null;
  });

  it('answers 401 without a session, 403 for a role without reports.view, 404 for an unknown report, in plain text', async () => {
    expect((await open('movements', '')).status).toBe(401);
    session.actor = await demoActor.teamLead();
    const forbidden = await open('movements', `?from=${today}&to=${today}`);
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    session.actor = await demoActor.deptLead();
    expect((await open('config-audit', `?from=${today}&to=${today}`)).status).toBe(403);
    expect((await open('payroll', '')).status).toBe(404);
  });

  it('refuses bad filters with 422 and the message, never a 500', async () => {
    session.actor = await demoActor.admin();
    const cases: [string, string, string][] = [
      ['movements', '', 'Check the highlighted fields.'],
      ['movements', `?from=${today}&to=${today}&format=docx`, 'format is pdf or csv.'],
      ['movements', `?from=2026-13-01&to=${today}`, 'Enter a date such as 2026-01-31.'],
      ['movements', `?from=${today}&to=${today}&site=NOPE`, 'Unknown location "NOPE".'],
      ['valuation', '?asOf=soon', 'Enter a date such as 2026-01-31.'],
      ['defects', `?from=${today}&to=2001-01-01`, 'The end date is before the start date.'],
      ['config-audit', `?from=${today}&to=${today}&actor=99999999999`, 'No user has this id.'],
    ];
    for (const [report, query, message] of cases) {
      const res = await open(report, query);
      expect([report, query, res.status, await res.text()]).toEqual([report, query, 422, message]);
    }
  });

  it('gives the PDF inline and the CSV as an attachment, for the session user and their scope', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('RPT');
    await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 5, unitCost: '1.00' });
    session.actor = await demoActor.deptLead();
    const pdf = await open('movements', `?from=${today}&to=${today}&sku=${sku}&format=pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/^inline; filename="movements-\d{8}-\d{4}\.pdf"$/);
    const text = pdfPages(new Uint8Array(await pdf.arrayBuffer())).join('\n');
    expect(text).toContain(`Item: ${sku}`);
    expect(text).toContain(`(${session.actor.email})`);
    expect(text).toContain('Page 1 of 1');
    const csv = await open('movements', `?from=${today}&to=${today}&sku=${sku}&format=csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="movements-\d{8}-\d{4}\.csv"$/);
    const lines = (await csv.text()).split('\r\n');
    expect(lines[1]).toContain(`,RECEIPT,receipt,${sku},CHI-A-01-B1,#0001,5,0,5,5.00,admin@demo.local,`);
    expect(lines).toHaveLength(3);
  });
});

describe('GET /api/v1/reports/{report}.{pdf|csv}', () => {
  it('answers with the token holder’s report, problems for refusals', async () => {
    const admin = await demoActor.admin();
    const token = await bearerOf(admin);
    const call = (file: string, query = '') => apiGet(apiRequest('GET', `/reports/${file}${query}`, { authorization: token }), routeParams({ file }));
    const csv = await call('valuation.csv', `?asOf=${today}&sku=NOPE-${Date.now()}`);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toBe('Site,Location,SKU,Item,Quantity,Unit,Unit cost,Value\r\n');
    const pdf = await call('defects.pdf', `?from=${today}&to=${today}`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdfPages(new Uint8Array(await pdf.arrayBuffer())).join('\n')).toContain('Defect report');
    const bad = await call('movements.csv');
    expect(bad.status).toBe(422);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
    expect((await call('movements.xlsx')).status).toBe(404);
    expect((await call('payroll.csv')).status).toBe(404);
    const teamLead = await bearerOf(await demoActor.teamLead());
    expect((await apiGet(apiRequest('GET', `/reports/movements.csv`, { authorization: teamLead }), routeParams({ file: 'movements.csv' }))).status).toBe(403);
  });
});
