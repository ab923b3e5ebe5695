// Inventory screens end to end. The e2e database starts with the demo seed and
// no stock; each test uses its own demo SKU and storage unit, and reads batch
// numbers off the confirmations, so tests do not depend on each other or on order.
import { readFile } from 'node:fs/promises';
import { DEMO, expect, signIn, test } from './fixtures';
import { field, receive } from './stock-steps';



test('a Team Lead receives into CHI and sees it on the item page', async ({ page }) => {
  const sku = 'CAP-1U-0603';
  await signIn(page, DEMO.teamLead.email);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inventory' }).click();
  await expect(page.getByRole('heading', { name: 'Inventory', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Export CSV' })).toHaveCount(0);

  const batch = await receive(page, sku, 'CHI', '40');
  expect(batch).toMatch(/^#\d{4}$/);
  await page.getByRole('link', { name: `Item ${sku}` }).click();
  await expect(page.getByRole('heading', { name: 'Capacitor 1 µF X7R 0603', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Adjust', exact: true })).toHaveCount(0);
  await expect(page.getByRole('table', { name: `Stock of ${sku} per location` }).getByRole('row').filter({ hasText: 'CHI' }).first()).toContainText('40');
  await expect(page.getByRole('table', { name: 'Lots by location and batch' })).toContainText(batch);
  await expect(page.getByRole('table', { name: 'Movement history, newest first' }).getByRole('row').filter({ hasText: 'Receipt' }).first()).toContainText('Theo Team-Lead');
});

test('a transfer to MKE shows the FIFO lots before it is confirmed', async ({ page }) => {
  const sku = 'IC-CAN-XCVR';
  const bin = 'CHI-A-01-B1';
  await signIn(page, DEMO.teamLead.email);
  const first = await receive(page, sku, bin, '100');

  await page.goto(`/inventory/move/transfer?sku=${sku}&from=${bin}`);
  await field(page, 'To').fill('MKE');
  await field(page, 'Quantity').fill('25');
  await expect(page.getByTestId('pick-preview')).toContainText(`${first} × 25`);
  await page.getByRole('button', { name: 'Confirm transfer' }).click();
  await expect(page.getByRole('heading', { name: 'Posted.' })).toBeVisible();

  const second = await receive(page, sku, bin, '200');
  // From the storage unit's page: the Transfer button comes prefilled with it.
  await page.goto(`/inventory/locations/${bin}`);
  await page.getByRole('link', { name: 'Transfer', exact: true }).click();
  await expect(field(page, 'From')).toHaveValue(bin);
  await field(page, 'SKU').fill(sku);
  await field(page, 'To').fill('MKE');
  await field(page, 'Quantity').fill('120');
  const preview = page.getByTestId('pick-preview');
  await expect(preview).toContainText('Available: 275 pcs');
  await expect(preview).toContainText(`${first} × 75, ${second} × 45`);
  await page.getByRole('button', { name: 'Confirm transfer' }).click();

  const posted = page.getByRole('table', { name: 'Posted ledger entries' });
  await expect(posted.getByRole('row').filter({ hasText: 'Transfer in' }).filter({ hasText: first })).toContainText('75');
  await expect(posted.getByRole('row').filter({ hasText: 'Transfer in' }).filter({ hasText: second })).toContainText('45');
  await page.getByRole('link', { name: `Location ${bin}` }).click();
  await expect(page.getByRole('table', { name: `Stock at ${bin} and the storage units beneath it` }).getByRole('row').filter({ hasText: sku })).toContainText('155');
});

test('an Admin adjusts down; without a reason the error shows beside the field and nothing posts', async ({ page }) => {
  const sku = 'XTAL-8M';
  const bin = 'CHI-A-01-B2';
  await signIn(page, DEMO.admin.email);
  await receive(page, sku, bin, '10');

  await page.goto(`/inventory/items/${sku}`);
  await page.getByRole('link', { name: 'Adjust', exact: true }).click();
  await expect(field(page, 'SKU')).toHaveValue(sku);
  await expect(page.getByLabel('Down: remove units (oldest first)')).toBeChecked();
  await field(page, 'Location').fill(bin);
  await field(page, 'Quantity').fill('3');
  await expect(page.getByTestId('pick-preview')).toContainText('Available: 10 pcs');
  await page.getByRole('button', { name: 'Confirm adjustment' }).click();

  await expect(page.locator('#move-reason-error')).toHaveText('Give a reason.');
  await expect(field(page, 'Reason')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'Quantity')).toHaveValue('3');
  await expect(field(page, 'Location')).toHaveValue(bin);

  await field(page, 'Reason').fill('Reel damaged in handling');
  await page.getByRole('button', { name: 'Confirm adjustment' }).click();
  const row = page.getByRole('table', { name: 'Posted ledger entries' }).getByRole('row').filter({ hasText: 'Adjusted down' });
  await expect(row.getByRole('cell').nth(5)).toHaveText('-3');
  await expect(row.getByRole('cell').nth(7)).toHaveText('7');

  await page.getByRole('link', { name: `Item ${sku}` }).click();
  const history = page.getByRole('table', { name: 'Movement history, newest first' });
  await expect(history.getByRole('row').filter({ hasText: 'Adjusted down' })).toContainText('Reason: Reel damaged in handling');
});

test('Export CSV downloads exactly the filtered view', async ({ page }) => {
  const sku = 'FUSE-1A-1206';
  await signIn(page, DEMO.admin.email);
  await receive(page, sku, 'CHI-COLD', '12');

  await page.goto('/inventory');
  await page.getByRole('link', { name: 'By location' }).click();
  await field(page, 'Search SKU or name').fill(sku);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/groupBy=location/);
  await expect(page).toHaveURL(/search=FUSE-1A-1206/);
  await expect(page.getByRole('table', { name: 'Stock by location' }).getByRole('row').filter({ hasText: 'CHI-COLD' })).toContainText('12');

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^inventory-by-location-\d{8}-\d{4}\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe('SKU,Item name,Location,Quantity,Available,Customer-owned,Unit,Value');
  expect(lines).toContain('FUSE-1A-1206,Fuse 1 A fast 1206,CHI-COLD,12,12,0,pcs,1.44');
  expect(lines.slice(1).every((l) => l.startsWith('FUSE-1A-1206,'))).toBe(true);
});

test('on a 360 px phone the movement form is one column without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, DEMO.teamLead.email);
  await page.goto('/inventory/move/transfer?sku=CAP-10U-0805&from=CHI');
  await field(page, 'To').fill('MKE');
  await field(page, 'Quantity').fill('5');
  await expect(page.getByTestId('pick-preview')).toContainText(/Available: \d+ pcs/);

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const sku = (await field(page, 'SKU').boundingBox())!;
  const quantity = (await field(page, 'Quantity').boundingBox())!;
  expect(quantity.y).toBeGreaterThanOrEqual(sku.y + sku.height);
  expect(Math.abs(quantity.x - sku.x)).toBeLessThan(1);
  const confirm = (await page.getByRole('button', { name: 'Confirm transfer' }).boundingBox())!;
  expect(confirm.height).toBeGreaterThanOrEqual(44);
  expect(confirm.x + confirm.width).toBeLessThanOrEqual(360);
});

test('a shipment against a sales order takes the stock out and names the order', async ({ page }) => {
  const sku = 'LED-RED-0603';
  const unit = 'MKE-LINE-1';
  await signIn(page, DEMO.teamLead.email);
  const batch = await receive(page, sku, unit, '12');
  await page.goto(`/inventory/move/ship?sku=${sku}&from=${unit}`);
  await expect(page.getByRole('heading', { name: 'Ship stock' })).toBeVisible();
  await field(page, 'Quantity').fill('13');
  await field(page, 'Sales order (optional)').fill('SO-2041');
  await page.getByRole('button', { name: 'Confirm shipment' }).click();
  await expect(page.getByText('Only 12 pcs available at MKE-LINE-1.').first()).toBeVisible();
  await field(page, 'Quantity').fill('5');
  await expect(page.getByTestId('pick-preview')).toContainText(`${batch} × 5`);
  await page.getByRole('button', { name: 'Confirm shipment' }).click();
  await expect(page.getByRole('heading', { name: 'Posted.' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Posted ledger entries' })).toContainText('-5');
  await page.goto(`/inventory/items/${sku}`);
  await expect(page.getByRole('table', { name: 'Movement history, newest first' })).toContainText('SO-2041');
});
