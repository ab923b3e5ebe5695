// Printing labels from the portal: the print links open the label PDF (inline,
// in a new tab); here the PDF is fetched with the page's session and checked.
import type { Page } from '@playwright/test';
import { DEMO, expect, signIn, test } from './fixtures';
import { receive } from './stock-steps';

async function expectPdf(page: Page, href: string, filename: RegExp) {
  const res = await page.request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  expect(res.headers()['content-disposition']).toMatch(filename);
  expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
}

test("a Member prints a shelf's labels and everything beneath it", async ({ page }) => {
  await signIn(page, DEMO.member.email);
  await page.goto('/inventory/locations/CHI-A-01');
  const all = page.getByRole('link', { name: 'Print labels for everything beneath' });
  await expect(all).toHaveAttribute('target', '_blank');
  await expect(all).toHaveAttribute('href', '/labels/locations/CHI-A-01.pdf?descendants=true');
  await expectPdf(page, '/labels/locations/CHI-A-01.pdf?descendants=true', /^inline; filename="labels-locations-CHI-A-01-all-[\w-]+\.pdf"$/);
  await expect(page.getByRole('link', { name: 'Print label', exact: true })).toHaveAttribute('href', '/labels/locations/CHI-A-01.pdf');
});

test('a Team Lead prints the batch label right after receiving', async ({ page }) => {
  const sku = 'RES-10K-0603';
  await signIn(page, DEMO.teamLead.email);
  const batch = await receive(page, sku, 'CHI-REEL-1-2', '10');
  const link = page.getByRole('link', { name: `Print batch label ${sku}${batch}` });
  const href = await link.getAttribute('href');
  expect(href).toBe(`/labels/lots/${encodeURIComponent(`${sku}${batch}`)}.pdf`);
  await expectPdf(page, href!, /^inline; filename="labels-lots-/);
});

test('an Admin ticks two items in the inventory list and prints their labels in one PDF', async ({ page }) => {
  await signIn(page, DEMO.admin.email);
  await receive(page, 'RES-4K7-0603', 'CHI-REEL-1-1', '5');
  await receive(page, 'RES-10K-0603', 'CHI-REEL-1-1', '5');
  await page.goto('/inventory?search=RES-');
  await page.getByLabel('Print a label for RES-4K7-0603', { exact: true }).check();
  await page.getByLabel('Print a label for RES-10K-0603', { exact: true }).check();
  // The PDF opens in a new tab: the request it makes names exactly the ticked items.
  const opened = page.context().waitForEvent('request', (r) => r.url().includes('/labels/selected/items.pdf'));
  await page.getByRole('button', { name: 'Print labels for the ticked items' }).click();
  const url = new URL((await opened).url());
  expect(url.searchParams.getAll('key').sort()).toEqual(['RES-10K-0603', 'RES-4K7-0603']);
  await expectPdf(page, url.pathname + url.search, /^inline; filename="labels-/);
});
