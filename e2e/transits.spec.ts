// Transfers between sites through transit, end to end: receive into a CHI bin,
// ship part of it to MKE-QA on a transit document (FIFO preview first),
// receive part at MKE on a phone, close the rest short with a reason, and read
// the totals. Its own demo SKU, batch numbers read off the confirmations, so it
// does not depend on the other specs.
import { DEMO, expect, signIn, test } from './fixtures';
import { field, receive } from './stock-steps';



test('a Team Lead ships from CHI to MKE-QA, receives part at MKE on a phone and closes the rest short', async ({ page }) => {
  const sku = 'LED-GRN-0603';
  const bin = 'CHI-A-01-B2';
  await signIn(page, DEMO.teamLead.email);
  const batch = await receive(page, sku, bin, '50');
  expect(batch).toMatch(/^#\d{4}$/);

  // Inventory -> Transits -> Ship to another site.
  await page.goto('/inventory');
  await page.getByRole('link', { name: 'Transits', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Transits between sites', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Ship to another site' }).click();
  await expect(page.getByRole('heading', { name: 'Ship to another site', level: 1 })).toBeVisible();
  await field(page, 'SKU').fill(sku);
  await field(page, 'From').fill(bin);
  await field(page, 'To').fill('MKE-QA');
  await field(page, 'Quantity').fill('30');
  const preview = page.getByTestId('pick-preview');
  await expect(preview).toContainText('Available: 50 pcs');
  await expect(preview).toContainText(`${batch} × 30`);
  await page.getByRole('button', { name: 'Confirm shipment' }).click();

  await expect(page.getByRole('heading', { name: 'Posted.' })).toBeVisible();
  const posted = page.getByRole('table', { name: 'Posted ledger entries' });
  await expect(posted.getByRole('row').filter({ hasText: 'Transfer out' })).toContainText(bin);
  await expect(posted.getByRole('row').filter({ hasText: 'Transfer in' })).toContainText('MKE-TRANSIT');
  const openTransit = page.getByRole('link', { name: /^Open transit TRN-\d{6}$/ });
  const number = (await openTransit.innerText()).replace('Open transit', '').trim();

  // At MKE, on a phone.
  await page.setViewportSize({ width: 360, height: 740 });
  await openTransit.click();
  await expect(page.getByRole('heading', { name: `Transit ${number}`, level: 1 })).toBeVisible();
  await expect(page.getByText('In transit', { exact: true })).toBeVisible();
  const totals = page.getByRole('table', { name: `Totals of ${number}, from the ledger` });
  const total = (label: string) => totals.getByRole('row', { name: new RegExp(`^${label}`) });
  await expect(total('Shipped')).toContainText('30 pcs');
  await expect(total('Received')).toContainText('0 pcs');
  await expect(total('Remaining')).toContainText('30 pcs');

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const confirm = (await page.getByRole('button', { name: 'Confirm receipt' }).boundingBox())!;
  expect(confirm.height).toBeGreaterThanOrEqual(44);
  expect(confirm.x + confirm.width).toBeLessThanOrEqual(360);

  await field(page, 'Quantity (pcs)').fill('20');
  await page.getByRole('button', { name: 'Confirm receipt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Received 20 pcs into MKE-QA.' })).toBeVisible();
  await expect(page.getByText('Partially received', { exact: true })).toBeVisible();
  await expect(total('Received')).toContainText('20 pcs');
  await expect(total('Remaining')).toContainText('10 pcs');

  // Closing short needs a reason: refused beside the field, nothing written off.
  await page.getByRole('button', { name: 'Close short' }).click();
  await expect(page.locator('#close-reason-error')).toHaveText('Give a reason.');
  await expect(field(page, 'Reason')).toHaveAttribute('aria-invalid', 'true');
  await expect(total('Written off')).toContainText('0 pcs');
  await field(page, 'Reason').fill('Ten LEDs crushed in transport');
  await page.getByRole('button', { name: 'Close short' }).click();

  await expect(page.getByText('Closed short', { exact: true })).toBeVisible();
  await expect(total('Shipped')).toContainText('30 pcs');
  await expect(total('Received')).toContainText('20 pcs');
  await expect(total('Written off')).toContainText('10 pcs');
  await expect(total('Remaining')).toContainText('0 pcs');
  await expect(page.getByRole('button', { name: 'Confirm receipt' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Close short' })).toHaveCount(0);

  // The list shows it closed, with the same figures.
  await page.getByRole('link', { name: 'Transits', exact: true }).click();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: number, exact: true }) });
  await expect(card).toContainText('Closed short');
  await expect(card).toContainText(`${sku} · from ${bin} to MKE-QA`);
  await expect(card.getByRole('definition').nth(0)).toHaveText('30 pcs');
  await expect(card.getByRole('definition').nth(1)).toHaveText('20 pcs');
  await expect(card.getByRole('definition').nth(2)).toHaveText('0 pcs');

  // And the stock is where the ledger says: 20 left in the bin, 20 received at MKE-QA, nothing in transit.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/inventory/items/${sku}`);
  const perLocation = page.getByRole('table', { name: `Stock of ${sku} per location` });
  await expect(perLocation.getByRole('row').filter({ hasText: bin })).toContainText('20');
  await expect(perLocation.getByRole('row').filter({ hasText: 'MKE-QA' })).toContainText('20');
  await expect(perLocation.getByRole('row').filter({ hasText: 'MKE-TRANSIT' })).toHaveCount(0);
});

test('a Member follows transits but cannot ship; an unknown number is the 404 page', async ({ page }) => {
  await signIn(page, DEMO.member.email);
  await page.goto('/inventory/transits');
  await expect(page.getByRole('heading', { name: 'Transits between sites', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ship to another site' })).toHaveCount(0);
  await page.goto('/inventory/transits/new');
  await expect(page.getByText('Your role cannot ship stock.')).toBeVisible();
  const missing = await page.goto('/inventory/transits/TRN-999999');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
