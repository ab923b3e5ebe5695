// Reports from the UI (written without being run here: no browser tests on this machine).
import { readFile } from 'node:fs/promises';
import { DEMO, expect, signIn, test } from './fixtures';

test('a Department Lead gets a movement audit: a bad period is refused beside its field, the CSV downloads, the PDF is a PDF', async ({ page }) => {
  await signIn(page, DEMO.deptLead.email);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Configuration audit' })).toHaveCount(0);
  const form = page.getByRole('form', { name: 'Movement audit' });
  const today = new Date().toISOString().slice(0, 10);

  await form.getByLabel('From (UTC day)').fill(today);
  await form.getByLabel('To (UTC day, included)').fill('2020-01-01');
  await form.getByRole('button', { name: 'Get the report' }).click();
  await expect(form.getByLabel('To (UTC day, included)')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('The end date is before the start date.')).toBeVisible();

  await form.getByLabel('To (UTC day, included)').fill(today);
  await form.getByLabel('Format').selectOption('csv');
  const downloading = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Get the report' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^movements-\d{8}-\d{4}\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('Posted (UTC),Entry type,Kind,SKU,Location,Batch,Quantity,Before,After,Value,User,Reference,Note');

  const res = await page.request.get(`/reports/movements?from=${today}&to=${today}&format=pdf`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
});
