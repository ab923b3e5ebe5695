// Issue 8 from the UI: a site's labels printed from its location page (the
// links open the PDF in a new tab; the PDF is fetched with the page's session
// and read back with pdftotext), and a movement audit from the Reports page as
// PDF (a background job) and as CSV. The audit is filtered to SOLDER-SAC305, which only the demo
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

async function fillAudit(page: Page, sku: string) {
  const audit = page.getByRole('form', { name: 'Movement audit' });
  await audit.getByLabel('From (UTC day)').fill('2000-01-01');
  await audit.getByLabel('To (UTC day, included)').fill(new Date().toISOString().slice(0, 10));
  await audit.getByLabel('Item (SKU)').fill(sku);
  return audit;
}

test('a Department Lead gets the movement audit of one item from Reports: an unknown SKU is refused, the CSV downloads, the PDF is made in the background and carries the row', async ({ page }) => {
  const sku = 'SOLDER-SAC305';
  await signIn(page, DEMO.deptLead.email);
  await page.goto('/reports');
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();

  // Checked before any job is recorded: the refusal sits under the field, what was typed stays.
  let audit = await fillAudit(page, 'NOPE-E2E-1');
  await audit.getByRole('button', { name: 'Make the PDF' }).click();
  await expect(audit.getByLabel('Item (SKU)')).toHaveAttribute('aria-invalid', 'true');
  await expect(audit.getByText('Unknown SKU "NOPE-E2E-1".')).toBeVisible();
  await expect(audit.getByLabel('From (UTC day)')).toHaveValue('2000-01-01');
  await expect(page).toHaveURL(/\/reports$/);

  // CSV: a direct, streamed download whose header line names the columns, and the seed's one receipt.
  audit = await fillAudit(page, sku);
  const downloading = page.waitForEvent('download');
  await audit.getByRole('button', { name: 'Download CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^movements-\d{8}-\d{4}\.csv$/);
  const lines = (await readFile((await download.path())!, 'utf8')).split('\r\n');
  expect(lines[0]).toBe('Posted (UTC),Entry type,Kind,SKU,Location,Batch,Quantity,Before,After,Value,User,Reference,Note');
  expect(lines.slice(1).filter((l) => l !== '')).toHaveLength(1);
  const cells = lines[1].split(',');
  expect(cells[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  expect([cells[1], cells[3], cells[4], cells[6], cells[7], cells[8], cells[9], cells[10]]).toEqual(['RECEIPT', sku, 'CHI-COLD', '2.500', '0.000', '2.500', '230.00', 'admin@demo.local']);

  // PDF: a background job; its page shows the progress, then the file.
  await page.goto('/reports');
  audit = await fillAudit(page, sku);
  await audit.getByRole('button', { name: 'Make the PDF' }).click();
  await expect(page).toHaveURL(/\/reports\/jobs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Movement audit (PDF)', level: 1 })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Progress' })).toBeVisible();
  await expect(page.getByText(sku, { exact: true })).toBeVisible();
  const open = page.getByRole('link', { name: 'Open the PDF' });
  await expect(open).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('report-job-state')).toHaveText('Ready (1 row)');
  const pages = pdfText(await fetched(await page.request.get((await open.getAttribute('href'))!)), /^inline; filename="movements-\d{8}-\d{4}\.pdf"$/);
  expect(pages).toHaveLength(1);
  expect(pages[0]).toContain('Movement audit');
  expect(pages[0]).toContain(sku);
  expect(pages[0]).toContain('CHI-COLD');
  expect(pages[0]).toContain('Page 1 of 1');
  expect(pages[0]).toMatch(/Generated .+ by Dana Department-Lead/);
});
