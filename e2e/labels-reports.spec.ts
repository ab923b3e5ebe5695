// Issue 8 from the UI: a site's labels printed from its location page (the
// links open the PDF in a new tab; the PDF is fetched with the page's session
// and read back with pdftotext), and a movement audit from the Reports page as
// PDF and as CSV. The audit is filtered to SOLDER-SAC305, which only the demo
// seed moves (one receipt into CHI-COLD); the labels are read-only.
import { readFile } from 'node:fs/promises';
import type { APIResponse, Page } from '@playwright/test';
import { pdfPages } from '../scripts/test/pdf-text';
import { DEMO, expect, signIn, test } from './fixtures';

interface Fetched {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const fetched = async (res: APIResponse): Promise<Fetched> => ({ url: res.url(), status: res.status(), headers: res.headers(), body: await res.body() });

/** Checks a PDF answer and answers its pages' text. */
function pdfText(res: Fetched, filename: RegExp): string[] {
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  expect(res.headers['content-disposition']).toMatch(filename);
  expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
  return pdfPages(res.body);
}

test("a Department Lead prints a site's label and the labels of everything beneath it from the location page", async ({ page }) => {
  await signIn(page, DEMO.deptLead.email);
  await page.goto('/inventory/locations/MKE');
  await expect(page.getByRole('heading', { name: 'Milwaukee Operations Center (MKE)', level: 1 })).toBeVisible();
  const links = page.getByRole('navigation', { name: 'Labels' });
  const one = links.getByRole('link', { name: 'Print label', exact: true });
  const all = links.getByRole('link', { name: 'Print labels for everything beneath' });
  await expect(one).toHaveAttribute('href', '/labels/locations/MKE.pdf');
  await expect(all).toHaveAttribute('href', '/labels/locations/MKE.pdf?descendants=true');
  for (const link of [one, all]) await expect(link).toHaveAttribute('target', '_blank');

  // Clicking opens a new tab for the browser's PDF viewer.
  const opened = page.context().waitForEvent('page');
  await all.click();
  await (await opened).close();

  const single = pdfText(await fetched(await page.request.get((await one.getAttribute('href'))!)), /^inline; filename="labels-locations-MKE-(?!all-)[\w-]+\.pdf"$/);
  expect(single).toHaveLength(1);
  expect(single[0]).toContain('MKE');
  expect(single[0]).toContain('Milwaukee');
  expect(single[0]).not.toContain('MKE-QA');

  const beneath = pdfText(await fetched(await page.request.get((await all.getAttribute('href'))!)), /^inline; filename="labels-locations-MKE-all-[\w-]+\.pdf"$/);
  const text = beneath.join('\n');
  expect(text).toContain('Milwaukee');
  for (const code of ['MKE-LINE-1', 'MKE-QA', 'MKE-RET']) expect(text).toContain(code);
});

async function fillAudit(page: Page, sku: string, format: 'pdf' | 'csv') {
  const audit = page.getByRole('form', { name: 'Movement audit' });
  await audit.getByLabel('From (UTC day)').fill('2000-01-01');
  await audit.getByLabel('Item (SKU)').fill(sku);
  await audit.getByLabel('Format').selectOption(format);
  return audit;
}

test('a Department Lead gets the movement audit of one item from Reports: an unknown SKU is refused, the CSV downloads, the PDF carries the row', async ({ page }) => {
  const sku = 'SOLDER-SAC305';
  await signIn(page, DEMO.deptLead.email);
  await page.goto('/reports');
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();

  // Checked before anything is sent: the refusal sits under the field, what was typed stays.
  let audit = await fillAudit(page, 'NOPE-E2E-1', 'pdf');
  await audit.getByRole('button', { name: 'Get the report' }).click();
  audit = page.getByRole('form', { name: 'Movement audit' });
  await expect(audit.getByLabel('Item (SKU)')).toHaveAttribute('aria-invalid', 'true');
  await expect(audit.getByText('Unknown SKU "NOPE-E2E-1".')).toBeVisible();
  await expect(audit.getByLabel('From (UTC day)')).toHaveValue('2000-01-01');

  // CSV: a download whose header line names the columns, and the seed's one receipt.
  audit = await fillAudit(page, sku, 'csv');
  const downloading = page.waitForEvent('download');
  await audit.getByRole('button', { name: 'Get the report' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^movements-\d{8}-\d{4}\.csv$/);
  const lines = (await readFile((await download.path())!, 'utf8')).split('\r\n');
  expect(lines[0]).toBe('Posted (UTC),Entry type,Kind,SKU,Location,Batch,Quantity,Before,After,Value,User,Reference,Note');
  expect(lines.slice(1).filter((l) => l !== '')).toHaveLength(1);
  const cells = lines[1].split(',');
  expect(cells[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  expect([cells[1], cells[3], cells[4], cells[6], cells[7], cells[8], cells[9], cells[10]]).toEqual(['RECEIPT', sku, 'CHI-COLD', '2.500', '0.000', '2.500', '230.00', 'admin@demo.local']);

  // PDF: the form's answer is taken off the wire (the page keeps the form rather than opening the viewer).
  audit = await fillAudit(page, sku, 'pdf');
  let answer: Fetched | undefined;
  let arrive!: () => void;
  let fail!: (e: Error) => void;
  const arrived = new Promise<void>((resolve, reject) => {
    arrive = resolve;
    fail = reject;
  });
  await page.route(
    (url) => url.pathname === '/reports' && url.searchParams.get('run') === 'movements' && url.searchParams.get('format') === 'pdf',
    async (route) => {
      try {
        answer = await fetched(await route.fetch());
        await route.fulfill({ status: 204 });
        arrive();
      } catch (e) {
        fail(e as Error);
      }
    },
  );
  await audit.getByRole('button', { name: 'Get the report' }).click();
  await arrived;
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  // The page checked the filters and sent the browser on to the report itself.
  const sentTo = new URL(answer!.url);
  expect(sentTo.pathname).toBe('/reports/movements');
  expect(Object.fromEntries(sentTo.searchParams)).toMatchObject({ from: '2000-01-01', sku, format: 'pdf' });
  const pages = pdfText(answer!, /^inline; filename="movements-\d{8}-\d{4}\.pdf"$/);
  expect(pages).toHaveLength(1);
  expect(pages[0]).toContain('Movement audit');
  expect(pages[0]).toContain(sku);
  expect(pages[0]).toContain('CHI-COLD');
  expect(pages[0]).toContain('Page 1 of 1');
  expect(pages[0]).toMatch(/Generated .+ by Dana Department-Lead/);
});
