// Scanning on the floor, end to end on a phone, driven as a keyboard-wedge
// scanner drives it (a fast burst of keys and Enter into the focused scan box):
// a Team Lead delivers against the demo Northwind order, an Admin rolls it
// back; a Member logs materials against the demo gateway run. Each run meets an
// unknown code, an over-quantity line, a page reload, a double-tapped Accept.
// Demo data only these tests use: PCBA-CTRL-R3 at MKE-QA (24), ENCL-ALU-120
// at MKE, CON-USB-C, IC-STM32F4 at MKE-LINE-1 (150), IC-LDO-3V3; one in-stock
// Gateway 100 serial read off the product page.
import type { Page } from '@playwright/test';
import { DEMO, expect, signIn, test } from './fixtures';

const scanBox = (page: Page) => page.getByLabel('Scan or type a code', { exact: true });
const okSaid = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const errorSaid = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text });

/** A keyboard-wedge scan: the box has the focus by itself; a burst of keys a few ms apart, then Enter. */
async function scan(page: Page, code: string) {
  await expect(scanBox(page)).toBeFocused();
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

/** A person typing a quantity into the scan box, then the Qty step. */
async function quantityStep(page: Page, quantity: string) {
  await expect(scanBox(page)).toBeFocused();
  await page.keyboard.type(quantity, { delay: 120 });
  await page.getByRole('button', { name: 'Qty', exact: true }).click();
  await expect(page.getByText(`Next scan: quantity ${quantity}`)).toBeVisible();
}

async function fitsThePhone(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('sales logging: a Team Lead delivers against an order by scanner, keeps the session over a reload, accepts once; an Admin rolls it back', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, DEMO.teamLead.email);
  await page.goto('/production/products/PRD-GATEWAY-100?status=in_stock');
  const serial = (await page.getByRole('table', { name: /^Serial numbers of PRD-GATEWAY-100/ }).getByRole('link').first().innerText()).trim();
  expect(serial).toMatch(/^PRD-GATEWAY-100-/);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scan' }).click();
  await expect(page.getByRole('heading', { name: 'Scan', level: 1 })).toBeVisible();
  await fitsThePhone(page);
  await page.getByRole('link', { name: /^Sales inventory logging/ }).click();
  await expect(page.getByRole('heading', { name: 'Sales inventory logging', level: 1 })).toBeVisible();

  // The order: typed filter by customer, then the order from the customer's group.
  await page.getByLabel('Filter by customer or order').fill('Northwind');
  const select = page.getByLabel('Active sales order');
  await expect(select.locator('optgroup')).toHaveCount(1);
  const order = (await select.locator('optgroup[label^="Northwind Automation"] option').first().getAttribute('value'))!;
  expect(order).toMatch(/^SO-/);
  await select.selectOption(order);
  await expect(page.getByText(`Logging against ${order} · Northwind Automation.`)).toBeVisible();
  await page.getByRole('button', { name: 'Start scanning' }).click();
  await expect(page.getByTestId('session-target')).toHaveText(`${order} · Northwind Automation`);

  await scan(page, 'MKE-QA');
  await expect(okSaid(page, 'Taking from MKE-QA (QA shelf).')).toBeVisible();
  await expect(page.getByTestId('place-location')).toHaveText('MKE-QA · QA shelf');

  // Errors in words; nothing is added, the session goes on.
  await scan(page, 'NOPE-4040');
  await expect(errorSaid(page, 'Unknown code "NOPE-4040".')).toBeVisible();
  await scan(page, 'CON-USB-C');
  await expect(errorSaid(page, 'CON-USB-C is not part of this order.')).toBeVisible();
  await scan(page, 'ENCL-ALU-120');
  await expect(errorSaid(page, 'ENCL-ALU-120 is not at MKE-QA.')).toBeVisible();

  // Over the quantity still open: refused at the scan.
  await quantityStep(page, '12');
  await scan(page, 'PCBA-CTRL-R3');
  await expect(errorSaid(page, 'Only 10 pcs of PCBA-CTRL-R3 are still open on this order.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Scanned: 0 lines' })).toBeVisible();

  await quantityStep(page, '4');
  await scan(page, 'PCBA-CTRL-R3');
  await expect(okSaid(page, 'Added Controller board assembled rev 3 (PCBA-CTRL-R3) × 4 pcs. 24 pcs at MKE-QA')).toBeVisible();
  // "2*" typed by hand in front of a scan: the same item again adds 2.
  await page.keyboard.type('2*', { delay: 150 });
  await scan(page, 'PCBA-CTRL-R3');
  await expect(okSaid(page, 'Controller board assembled rev 3 (PCBA-CTRL-R3): now 6 pcs.')).toBeVisible();
  await scan(page, serial);
  await expect(okSaid(page, `Added Gateway 100 (finished product) (PRD-GATEWAY-100 serial ${serial}). In stock at MKE-QA.`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Scanned: 2 lines' })).toBeVisible();
  await fitsThePhone(page);

  // A reload keeps the session.
  await page.reload();
  await expect(okSaid(page, 'Your session was restored with 2 lines.')).toBeVisible();
  await expect(page.getByLabel('Quantity of PCBA-CTRL-R3', { exact: true })).toHaveValue('6');
  await expect(page.getByTestId('place-location')).toHaveText('MKE-QA · QA shelf');

  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Review 2 lines' })).toBeVisible();
  await expect(page.getByText('Takes #0001 × 6 from MKE-QA.')).toBeVisible();
  const accept = page.getByRole('button', { name: 'Accept', exact: true });
  await expect(accept).toBeEnabled();
  expect((await accept.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  // Edited over the open quantity: the error beside the line, Accept off; back to 10.
  await page.getByLabel('Quantity of PCBA-CTRL-R3', { exact: true }).fill('11');
  await expect(page.getByText('Only 10 pcs of PCBA-CTRL-R3 are still open on this order.')).toBeVisible();
  await expect(accept).toBeDisabled();
  await page.getByLabel('Quantity of PCBA-CTRL-R3', { exact: true }).fill('10');
  await expect(page.getByText('Takes #0001 × 10 from MKE-QA.')).toBeVisible();
  await expect(accept).toBeEnabled();

  // A double tap posts once.
  await accept.dblclick();
  await expect(page.getByRole('heading', { name: 'Accepted' })).toBeVisible();
  await expect(okSaid(page, `Accepted. Sales delivery · ${order}: 2 lines posted.`)).toBeVisible();
  await fitsThePhone(page);

  await page.goto('/scan');
  const session = page.getByRole('listitem').filter({ hasText: `Sales delivery · ${order}` });
  await expect(session).toHaveCount(1);
  await expect(session).toContainText(`PCBA-CTRL-R3 × 10, PRD-GATEWAY-100 ${serial}`);
  await expect(session.getByRole('button', { name: /^Roll back/ })).toHaveCount(0);
  await page.goto(`/sales-orders/${order}`);
  await expect(page.getByRole('listitem').filter({ hasText: 'PCBA-CTRL-R3 ·' }).getByRole('definition').nth(1)).toHaveText('10 pcs');
  await expect(page.getByText('1 serial number delivered')).toBeVisible();

  // The session after a reload is a fresh one: nothing is restored once accepted.
  await page.goto('/scan/sales');
  await expect(page.getByLabel('Active sales order')).toBeVisible();
  await expect(okSaid(page, /restored/)).toHaveCount(0);

  // Rolling back is for an Admin.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, DEMO.admin.email);
  await page.goto('/scan');
  const theirs = page.getByRole('listitem').filter({ hasText: `Sales delivery · ${order}` });
  await theirs.getByRole('button', { name: `Roll back Sales delivery · ${order}` }).click();
  await theirs.getByLabel('Reason (optional)').fill('Wrong pallet picked');
  await theirs.getByRole('button', { name: 'Yes, roll back' }).click();
  await expect(theirs.getByRole('status')).toHaveText(`Rolled back: Sales delivery · ${order}. The stock is back where it was and the order’s delivered quantities are restored.`);
  await expect(theirs.getByText(/^Rolled back \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await page.goto(`/sales-orders/${order}`);
  await expect(page.getByRole('listitem').filter({ hasText: 'PCBA-CTRL-R3 ·' }).getByRole('definition').nth(1)).toHaveText('0 pcs');
  await expect(page.getByText('1 serial number delivered')).toHaveCount(0);
});

test('production logging: a Member logs materials against the gateway run by scanner, keeps the session over a reload and accepts once', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, DEMO.member.email);
  await page.goto('/scan');
  await expect(page.getByText('Not available to your role: Sales inventory logging, General inventory update.')).toBeVisible();
  await page.getByRole('link', { name: /^Production inventory logging/ }).click();
  await expect(page.getByRole('heading', { name: 'Production inventory logging', level: 1 })).toBeVisible();

  const select = page.getByLabel('Active production run');
  const run = (await select.locator('option', { hasText: 'due 2026-12-18' }).first().getAttribute('value'))!;
  expect(run).toMatch(/^WO-/);
  await select.selectOption(run);
  await page.getByRole('button', { name: 'Start scanning' }).click();
  await expect(page.getByTestId('session-target')).toHaveText(`${run} · PRD-GATEWAY-100`);

  await scan(page, 'MKE-LINE-1');
  await expect(okSaid(page, 'Taking from MKE-LINE-1 (Line 1 lineside bin).')).toBeVisible();
  await scan(page, 'XYZ-000-UNKNOWN');
  await expect(errorSaid(page, 'Unknown code "XYZ-000-UNKNOWN".')).toBeVisible();
  await scan(page, 'IC-LDO-3V3');
  await expect(errorSaid(page, 'IC-LDO-3V3 is not at MKE-LINE-1.')).toBeVisible();

  // More than the line holds.
  await quantityStep(page, '200');
  await scan(page, 'IC-STM32F4');
  await expect(errorSaid(page, 'Not enough IC-STM32F4 at MKE-LINE-1: 150 pcs available.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear quantity' }).click();
  await expect(page.getByText('Next scan: quantity 200')).toHaveCount(0);

  // A quantity prefix in front of the code, then the same code once more.
  await scan(page, '5*IC-STM32F4');
  await expect(okSaid(page, 'Added MCU STM32F405RGT6 LQFP-64 (IC-STM32F4) × 5 pcs. 150 pcs at MKE-LINE-1')).toBeVisible();
  await scan(page, 'IC-STM32F4');
  await expect(okSaid(page, 'MCU STM32F405RGT6 LQFP-64 (IC-STM32F4): now 6 pcs.')).toBeVisible();

  await page.reload();
  await expect(okSaid(page, 'Your session was restored with 1 line.')).toBeVisible();
  await expect(page.getByLabel('Quantity of IC-STM32F4', { exact: true })).toHaveValue('6');

  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(page.getByText('Takes #0001 × 6 from MKE-LINE-1.')).toBeVisible();
  const accept = page.getByRole('button', { name: 'Accept', exact: true });
  await page.getByLabel('Quantity of IC-STM32F4', { exact: true }).fill('151');
  await expect(page.getByText('Not enough IC-STM32F4 at MKE-LINE-1: 150 pcs available.')).toBeVisible();
  await expect(accept).toBeDisabled();
  await page.getByLabel('Quantity of IC-STM32F4', { exact: true }).fill('6');
  await expect(page.getByText('Takes #0001 × 6 from MKE-LINE-1.')).toBeVisible();

  await accept.dblclick();
  await expect(okSaid(page, `Accepted. Production materials · ${run}: 1 line posted.`)).toBeVisible();

  // Posted once: the line holds 144 now. Checked by scanning in a new session, then cancelled.
  await page.getByRole('button', { name: 'Start another session' }).click();
  await page.getByRole('button', { name: 'Start scanning' }).click();
  await scan(page, 'MKE-LINE-1');
  await expect(okSaid(page, 'Taking from MKE-LINE-1')).toBeVisible();
  await scan(page, 'IC-STM32F4');
  await expect(okSaid(page, 'Added MCU STM32F405RGT6 LQFP-64 (IC-STM32F4) × 1 pcs. 144 pcs at MKE-LINE-1')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel session' }).click();
  await page.getByRole('button', { name: 'Discard session' }).click();
  await expect(okSaid(page, 'Session discarded; nothing was posted.')).toBeVisible();
  await expect(page.getByLabel('Active production run')).toBeVisible();

  // One session in the history; a Member may not roll it back.
  await page.goto('/scan');
  const session = page.getByRole('listitem').filter({ hasText: `Production materials · ${run}` });
  await expect(session).toHaveCount(1);
  await expect(session).toContainText('IC-STM32F4 × 6');
  await expect(page.getByRole('button', { name: /^Roll back/ })).toHaveCount(0);
});
