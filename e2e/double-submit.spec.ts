// A posting form sent twice posts once: a double click, an answer lost on the
// way back (flaky floor Wi-Fi) followed by Confirm again, and Back/Forward
// after posting. Counted on the item's movement history.
import type { Page } from '@playwright/test';
import { DEMO, expect, signIn, test } from './fixtures';
import { field } from './stock-steps';

const SKU = 'CON-HDR-2X5';
const BIN = 'CHI-A-01-B1';

async function receiptsOf(page: Page, quantity: string): Promise<number> {
  await page.goto(`/inventory/items/${SKU}`);
  await expect(page.getByRole('heading', { name: 'Pin header 2×5 1.27 mm', level: 1 })).toBeVisible();
  // No table until the item has moved at all.
  const history = page.getByRole('table', { name: 'Movement history, newest first' });
  return history.getByRole('row').filter({ hasText: 'Receipt' }).filter({ hasText: BIN }).filter({ has: page.getByRole('cell', { name: quantity, exact: true }) }).count();
}

async function fillReceipt(page: Page, quantity: string): Promise<void> {
  await page.goto(`/inventory/move/receive?sku=${SKU}&to=${BIN}`);
  await expect(field(page, 'SKU')).toHaveValue(SKU);
  await field(page, 'Quantity').fill(quantity);
}

test('a double-clicked Confirm posts once', async ({ page }) => {
  await signIn(page, DEMO.admin.email);
  expect(await receiptsOf(page, '17')).toBe(0);
  await fillReceipt(page, '17');
  await page.getByRole('button', { name: 'Confirm receipt' }).dblclick();
  await expect(page.getByRole('heading', { name: 'Posted.' })).toBeVisible();
  expect(await receiptsOf(page, '17')).toBe(1);
});

test('when the answer is lost, Confirm again replays the first posting instead of posting twice', async ({ page }) => {
  await signIn(page, DEMO.admin.email);
  expect(await receiptsOf(page, '23')).toBe(0);
  await fillReceipt(page, '23');
  // The server gets the first request and posts; the browser never sees the answer.
  let dropped = 0;
  await page.route('**/inventory/move/receive**', async (route) => {
    if (route.request().method() === 'POST' && dropped === 0) {
      dropped++;
      await route.fetch();
      await route.abort('connectionreset');
    } else await route.fallback();
  });
  await page.getByRole('button', { name: 'Confirm receipt' }).click();
  await expect(page.getByText('The connection dropped before the answer came')).toBeVisible();
  await expect(field(page, 'Quantity')).toHaveValue('23');
  expect(dropped).toBe(1);

  await page.getByRole('button', { name: 'Confirm receipt' }).click();
  await expect(page.getByRole('heading', { name: 'Posted.' })).toBeVisible();
  await page.unroute('**/inventory/move/receive**');
  expect(await receiptsOf(page, '23')).toBe(1);
});

test('Back and Forward after posting do not post again, and the next form is a new posting', async ({ page }) => {
  await signIn(page, DEMO.admin.email);
  expect(await receiptsOf(page, '29')).toBe(0);
  await fillReceipt(page, '29');
  await page.getByRole('button', { name: 'Confirm receipt' }).click();
  await expect(page.getByRole('heading', { name: 'Posted.' })).toBeVisible();
  await page.goBack();
  await page.goForward();
  await expect(page).toHaveURL(/\/inventory\/move\/receive/);
  // A form shown again is a new posting: it has to be filled in and confirmed again on purpose.
  await expect(page.getByRole('heading', { name: 'Posted.' })).toHaveCount(0);
  expect(await receiptsOf(page, '29')).toBe(1);
});
