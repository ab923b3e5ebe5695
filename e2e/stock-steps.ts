// Steps the stock browser tests share: a form field by its exact label, and a
// receipt through the receive page that answers the batch it created.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Receives through the receive page; answers the batch the confirmation shows. */
export async function receive(page: Page, sku: string, to: string, quantity: string): Promise<string> {
  await page.goto(`/inventory/move/receive?sku=${encodeURIComponent(sku)}&to=${encodeURIComponent(to)}`);
  await expect(field(page, 'SKU')).toHaveValue(sku);
  await expect(field(page, 'To')).toHaveValue(to);
  await field(page, 'Quantity').fill(quantity);
  await page.getByRole('button', { name: 'Confirm receipt' }).click();
  await expect(page.getByRole('heading', { name: 'Posted.' })).toBeVisible();
  const row = page.getByRole('table', { name: 'Posted ledger entries' }).getByRole('row').filter({ hasText: 'Receipt' });
  await expect(row).toContainText(to);
  return (await row.getByRole('cell').nth(3).innerText()).trim();
}
