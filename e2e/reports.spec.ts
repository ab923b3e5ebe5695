// Reports from the UI: a bad period is refused beside its field, the CSV
// downloads at once, and the movement audit PDF is made in the background —
// its progress page (at phone width too) shows the bar, then the download.
import { readFile } from 'node:fs/promises';
import { pdfPages } from '../scripts/test/pdf-text';
import { DEMO, expect, signIn, test } from './fixtures';

test('a Department Lead gets a movement audit: a bad period is refused beside its field, the CSV downloads, the PDF is made in the background', async ({ page }) => {
  await signIn(page, DEMO.deptLead.email);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Configuration audit' })).toHaveCount(0);
  let form = page.getByRole('form', { name: 'Movement audit' });
  const today = new Date().toISOString().slice(0, 10);

  await form.getByLabel('From (UTC day)').fill(today);
  await form.getByLabel('To (UTC day, included)').fill('2020-01-01');
  await form.getByRole('button', { name: 'Download CSV' }).click();
  await expect(form.getByLabel('To (UTC day, included)')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('The end date is before the start date.')).toBeVisible();

  await form.getByLabel('To (UTC day, included)').fill(today);
  const downloading = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Download CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^movements-\d{8}-\d{4}\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('Posted (UTC),Entry type,Kind,SKU,Location,Batch,Quantity,Before,After,Value,User,Reference,Note');

  // The whole demo history, every site the lead may see: a background job at phone width.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/reports');
  form = page.getByRole('form', { name: 'Movement audit' });
  await form.getByLabel('From (UTC day)').fill('2000-01-01');
  await form.getByLabel('To (UTC day, included)').fill(today);
  await form.getByRole('button', { name: 'Make the PDF' }).click();
  await expect(page).toHaveURL(/\/reports\/jobs\/[0-9a-f-]{36}$/);
  const jobUrl = page.url();
  await expect(page.getByRole('heading', { name: 'Movement audit (PDF)', level: 1 })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Progress' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // The page polls its status and offers the file when ready.
  const save = page.getByRole('link', { name: /^Download movements-\d{8}-\d{4}\.pdf$/ });
  await expect(save).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('report-job-state')).toHaveText(/^Ready \(\d[\d,]* rows?\)$/);
  const rows = Number((await page.getByTestId('report-job-state').textContent())!.replace(/\D/g, ''));
  expect(rows).toBeGreaterThan(0);
  const saving = page.waitForEvent('download');
  await save.click();
  const pdf = await readFile((await (await saving).path())!);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdfPages(pdf).join('\n');
  expect(text).toContain('Movement audit');
  expect(text).toContain(`Period (UTC): 2000-01-01 to ${today}`);
  expect(text).toContain(`Entries: ${rows}`);
  expect(text).toMatch(/Generated .+ by Dana Department-Lead/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // It waits under "Your recent reports", and is nobody else's.
  await page.goto('/reports');
  const recent = page.getByRole('region', { name: 'Your recent reports' });
  await expect(recent.getByRole('link', { name: 'Movement audit (PDF)' }).first()).toHaveAttribute('href', new URL(jobUrl).pathname);
  const other = await page.context().browser()!.newContext({ baseURL: new URL(jobUrl).origin });
  const admin = await other.newPage();
  await signIn(admin, DEMO.admin.email);
  expect((await admin.goto(jobUrl))!.status()).toBe(404);
  await other.close();
});
